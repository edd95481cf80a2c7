import { describe, expect, it } from 'vitest';
import { postCost, structureCost } from './cost';
import { councilWide } from './councilWide';
import { makeStructure, post } from '$lib/testing/structure';
import { smallEstablishment } from '$lib/testing/smallEstablishment';
import { layersByDepartment } from './layersByDepartment';
import { payMultiple } from './payMultiple';
import { spanDistribution } from './spanDistribution';
import { spanTarget } from './spanTarget';
import { unitTotals } from './unitTotals';
import { vacancies } from './vacancies';

const establishment = smallEstablishment;

describe('a post with its own salary', () => {
	it('is costed at the salary instead of the grade point, by both cost paths', () => {
		const s = establishment();
		// 180,000 + NI (180,000 − 8,788) × 13.8% = 23,627.26 + pension 19% = 34,200 → 237,827.26
		expect(postCost(s, 'ceo').total).toBe(237827.26);
		expect(structureCost(s).posts[0].total).toBe(237827.26);
	});
});

describe('spanDistribution', () => {
	it('counts every manager, the histogram and the narrow spans', () => {
		const d = spanDistribution(establishment());
		expect(d.managers).toBe(4);
		expect(d.reports).toBe(7);
		expect(d.averageSpan).toBe(1.75);
		expect(d.histogram).toEqual({ '1': 2, '2': 1, '3': 1 });
		expect(Object.keys(d.histogram)).toEqual(['1', '2', '3']);
		expect(d.narrow.map((n) => [n.postId, n.span])).toEqual([
			['ceo', 2],
			['b', 1],
			['a1', 1]
		]);
	});
});

describe('layersByDepartment', () => {
	it('gives the layers overall and within each top-level unit', () => {
		expect(layersByDepartment(establishment())).toEqual({
			layers: 4,
			departments: [
				{ unit: 'corporate', name: 'Corporate', posts: 1, topLayer: 1, bottomLayer: 1, layers: 1 },
				{ unit: 'dept-a', name: 'Directorate A', posts: 5, topLayer: 2, bottomLayer: 4, layers: 3 },
				{ unit: 'dept-b', name: 'Directorate B', posts: 2, topLayer: 2, bottomLayer: 3, layers: 2 }
			]
		});
	});
});

describe('unitTotals', () => {
	it('gives headcount, FTE, cost and vacancies per unit, own and with sub-units', () => {
		const t = unitTotals(establishment());
		// team-a1: 3 × 91,747.26 + a2 at half time (35,000 + 4,223.63 + 6,650 = 45,873.63)
		expect(t['team-a1'].own).toEqual({ posts: 4, fte: 3.5, cost: 321115.41, vacant: 1 });
		expect(t['dept-a'].own).toEqual({ posts: 1, fte: 1, cost: 192011.26, vacant: 0 });
		// dept-a with team-a1: 192,011.26 + 321,115.41
		expect(t['dept-a'].all).toEqual({ posts: 5, fte: 4.5, cost: 513126.67, vacant: 1 });
		expect(t['dept-b'].all).toEqual({ posts: 2, fte: 2, cost: 283758.52, vacant: 1 });
		expect(t['corporate'].all).toEqual({ posts: 1, fte: 1, cost: 237827.26, vacant: 0 });
		expect(t['team-a1'].parent).toBe('dept-a');
	});
});

describe('vacancies', () => {
	it('counts the vacant posts, their FTE and cost', () => {
		// a2 45,873.63 + b1 91,747.26
		expect(vacancies(establishment())).toEqual({
			posts: 2,
			fte: 1.5,
			cost: 137620.89,
			rate: 0.25,
			postIds: ['a2', 'b1']
		});
	});
});

describe('spanTarget', () => {
	it('finds the fewest manager posts to delete to reach the target, priced illustratively', () => {
		const s = establishment();
		// target 3: ⌈(3 × 4 − 7) ÷ 2⌉ = 3 (two would leave 5 reports over 2 managers, 2.5)
		const t = spanTarget(s, 3);
		expect([t.fewerManagerPosts, t.managersAfter]).toEqual([3, 1]);
		// managers below the top: a and b 192,011.26 each, a1 91,747.26 → mean 158,589.93
		expect(t.averageManagerCost).toBe(158589.93);
		expect(t.illustrativeCost).toBe(475769.79);
		expect(t.illustrative).toBe(true);
		expect(t.method).toContain('Illustrative');
		// target 2: ⌈(8 − 7) ÷ 1⌉ = 1, leaving 6 reports over 3 managers
		expect(spanTarget(s, 2).fewerManagerPosts).toBe(1);
		// the default target is the structure's (10): ⌈(40 − 7) ÷ 9⌉ = 4, capped at 3 (the top stays)
		expect(spanTarget(s).fewerManagerPosts).toBe(3);
	});

	it('implies none when the average already meets the target', () => {
		expect(spanTarget(establishment(), 1.5).fewerManagerPosts).toBe(0);
	});
});

describe('payMultiple', () => {
	it('divides the highest full-time salary by the median of the filled posts', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive', { salary: 100000 }),
				post('p1', 'One', { reportsTo: 'ceo', salary: 40000 }),
				post('p2', 'Two', { reportsTo: 'ceo', salary: 30000 }),
				post('p3', 'Three', { reportsTo: 'ceo', salary: 20000 }),
				post('p4', 'Vacant', { reportsTo: 'ceo', salary: 90000, status: 'vacant' }),
				post('p5', 'No salary', { reportsTo: 'ceo' })
			]
		});
		// filled with a salary: 20,000, 30,000, 40,000, 100,000 → median 35,000
		const m = payMultiple(s)!;
		expect([m.highest, m.highestPostId, m.median, m.posts]).toEqual([100000, 'ceo', 35000, 4]);
		expect(m.multiple).toBeCloseTo(100000 / 35000, 12);
	});

	it('is absent when no post has a salary', () => {
		expect(payMultiple(makeStructure({ posts: [post('ceo', 'Chief Executive')] }))).toBeUndefined();
		expect('payMultiple' in councilWide(makeStructure({ posts: [post('ceo', 'CEO')] }))).toBe(
			false
		);
	});
});
