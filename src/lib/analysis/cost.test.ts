import { describe, expect, it } from 'vitest';
import { costOfPost, postCost, splitPence, structureCost } from './cost';
import { clt2020 } from '$lib/testing/councils';
import { makeStructure, post } from '$lib/testing/structure';

describe('postCost', () => {
	it('postCost writes out salary, employer NI and pension for a director on £145,500', () => {
		const s = makeStructure({
			posts: [post('ceo', 'CEO'), post('d', 'Director', { reportsTo: 'ceo' })]
		});
		const c = postCost(s, 'd');
		expect(c.salary).toBe(145500);
		// NI = (145,500 − 8,788) × 13.8% = 136,712 × 0.138 = 18,866.256 → £18,866.26
		expect(c.employerNi).toBe(18866.26);
		// pension = 145,500 × 19% = £27,645
		expect(c.employerPension).toBe(27645);
		// total = 145,500 + 18,866.26 + 27,645 = £192,011.26
		expect(c.total).toBe(192011.26);
		expect(c.funding).toEqual({ generalFund: 192011.26, hra: 0, capital: 0, grant: 0 });
		expect(c.live).toBe(true);
	});

	it('postCost scales by FTE and gives no NI below the threshold', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('half', 'Half-time director', { reportsTo: 'ceo', fte: 0.5 }),
				post('low', 'Low paid', { reportsTo: 'ceo', grade: 'tiny' })
			],
			grades: [
				{
					id: 'jnc-director',
					name: 'JNC Director',
					min: 0,
					max: 0,
					point: 145500,
					provenance: { kind: 'assumption', note: 't' }
				},
				{
					id: 'tiny',
					name: 'Tiny',
					min: 0,
					max: 0,
					point: 8000,
					provenance: { kind: 'assumption', note: 't' }
				}
			]
		});
		const half = postCost(s, 'half');
		// salary 145,500 × 0.5 = 72,750; NI 136,712 × 0.138 × 0.5 = 9,433.128 → 9,433.13;
		// pension 145,500 × 0.19 × 0.5 = 13,822.50; total 96,005.63
		expect([half.salary, half.employerNi, half.employerPension, half.total]).toEqual([
			72750, 9433.13, 13822.5, 96005.63
		]);
		const low = postCost(s, 'low');
		// 8,000 is below the £8,788 threshold: NI 0; pension 8,000 × 0.19 = 1,520; total 9,520
		expect([low.employerNi, low.total]).toEqual([0, 9520]);
	});

	it('postCost splits by the post funding to the penny and gives a deleted post no cost', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('md', 'MD Housing', { reportsTo: 'ceo', funding: { generalFund: 60, hra: 40 } }),
				post('gone', 'Gone', { reportsTo: 'ceo', status: 'deleted' })
			]
		});
		// 192,011.26 × 60% = 115,206.756 → 115,206.76; HRA takes the rest: 76,804.50
		expect(postCost(s, 'md').funding).toEqual({
			generalFund: 115206.76,
			hra: 76804.5,
			capital: 0,
			grant: 0
		});
		expect(postCost(s, 'gone').total).toBe(0);
		expect(postCost(s, 'gone').live).toBe(false);
		// What the deleted post cost while it was in post:
		expect(costOfPost(s, s.posts.get('gone')!).total).toBe(192011.26);
		expect(() => postCost(s, 'nobody')).toThrow(/no post 'nobody'/);
	});

	it('names the post and grade when the grade is unknown', () => {
		const s = makeStructure({ posts: [post('ceo', 'CEO', { grade: 'mystery' })] });
		expect(() => postCost(s, 'ceo')).toThrow(/Post ceo \(CEO\) has grade 'mystery'/);
	});
});

describe('splitPence', () => {
	it('splitPence makes the parts add up to the total exactly', () => {
		// 100p in thirds: 33 + 33 + the remainder 34
		expect(splitPence(100, { generalFund: 1, hra: 1, capital: 1 })).toEqual({
			generalFund: 33,
			hra: 33,
			capital: 34,
			grant: 0
		});
		expect(splitPence(500, {})).toEqual({ generalFund: 500, hra: 0, capital: 0, grant: 0 });
	});
});

describe('structureCost', () => {
	it('structureCost totals the 2020-like fixture post by post', () => {
		const report = structureCost(clt2020());
		// 228,610.94 (CEO) + 91,747.26 (office) + 10 × 192,011.26 + 10 × 108,347.26
		// = 228,610.94 + 91,747.26 + 1,920,112.60 + 1,083,472.60 = 3,323,943.40
		expect(report.total).toBe(3323943.4);
		expect(report.posts).toHaveLength(22);
		expect(report.byFunding.generalFund).toBe(3323943.4);
		// Neighbourhoods: director 192,011.26 + 2 ADs × 108,347.26 = 408,705.78
		expect(report.byUnit['neighbourhoods']).toBe(408705.78);
		// CEO's office: 228,610.94 + 91,747.26 = 320,358.20
		expect(report.byUnit['ceo-office']).toBe(320358.2);
		// Corporate: five directors, 5 × 192,011.26 = 960,056.30
		expect(report.byUnit['corporate']).toBe(960056.3);
	});

	it('structureCost excludes deleted posts', () => {
		const s = clt2020();
		s.posts = new Map(s.posts).set('director-hr', {
			...s.posts.get('director-hr')!,
			status: 'deleted'
		});
		// 3,323,943.40 − 192,011.26 = 3,131,932.14
		expect(structureCost(s).total).toBe(3131932.14);
	});
});
