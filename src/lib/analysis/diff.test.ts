import { describe, expect, it } from 'vitest';
import { diffStructures } from './diff';
import { changed2020, clt2020 } from '$lib/testing/councils';

describe('diffStructures', () => {
	it('diffStructures lists each post change by kind, matching posts by id', () => {
		const diff = diffStructures(clt2020(), changed2020());
		expect(diff.postChanges.map((c) => [c.kind, c.postId])).toEqual([
			['regraded', 'ad-neighbourhoods-1'],
			['retitled', 'city-solicitor'],
			['reportsTo-changed', 'director-public-health'],
			['deleted', 'director-hr'],
			['deleted', 'assistant-chief-executive'],
			['created', 'director-city-management']
		]);
	});

	it('diffStructures gives records in the RecordsDiff shape', () => {
		const a = clt2020();
		const b = changed2020();
		const diff = diffStructures(a, b);
		expect(diff.posts.added.map((p) => p.id)).toEqual(['director-city-management']);
		expect(diff.posts.removed.map((p) => p.id)).toEqual(['director-hr']);
		expect(diff.posts.updated.map(([from, to]) => [from.id, to.id])).toEqual([
			['ad-neighbourhoods-1', 'ad-neighbourhoods-1'],
			['city-solicitor', 'city-solicitor'],
			['director-public-health', 'director-public-health'],
			['assistant-chief-executive', 'assistant-chief-executive']
		]);
		expect(diff.units.added.map((u) => u.id)).toEqual(['city-operations']);
		expect(diff.meetingsRemoved.map((m) => m.id)).toEqual(['clt']);
		expect(diff.meetingsAdded.map((m) => m.id)).toEqual(['performance-group']);
		expect(diff.meetingsReplaced).toEqual([
			{
				replaced: 'clt',
				replacedName: 'CLT',
				by: [{ id: 'performance-group', name: 'Performance group' }]
			}
		]);
		expect(diff.servicesMoved).toEqual([
			{
				serviceId: 'parking',
				name: 'Parking',
				fromUnit: 'neighbourhoods',
				fromUnitName: 'Neighbourhoods',
				toUnit: 'city-operations',
				toUnitName: 'City Operations'
			}
		]);
	});

	it('diffStructures gives spans, layers and cost before and after', () => {
		const diff = diffStructures(clt2020(), changed2020());
		// CEO: 10 + City Management − ACE (deleted) − HR (removed) − Public Health (moved) = 8
		expect(diff.spans.ceoSpan).toEqual({ before: 10, after: 8 });
		expect(diff.spans.ceoSpanWithOffice).toEqual({ before: 11, after: 9 });
		// after: CEO 9, five directorate directors 2 each, Council Management 1 → (9 + 10 + 1) / 7
		expect(diff.spans.averageSpan.after).toBeCloseTo(20 / 7, 12);
		expect(diff.layers).toEqual({ before: 3, after: 3 });
		expect(diff.livePosts).toEqual({ before: 22, after: 21 });
		expect(diff.cost.before).toBe(3323943.4);
		expect(diff.cost.after).toBe(3215596.14);
		// −192,011.26 × 2 + 192,011.26 + 83,664.00 = −108,347.26
		expect(diff.cost.change).toBe(-108347.26);
		expect(diff.cost.steps.map((s) => [s.kind, s.postId, s.delta])).toEqual([
			['deleted', 'director-hr', -192011.26],
			['deleted', 'assistant-chief-executive', -192011.26],
			['created', 'director-city-management', 192011.26],
			['regraded', 'ad-neighbourhoods-1', 83664]
		]);
		// Salary change: −145,500 × 2 + 145,500 + (145,500 − 82,500) = −82,500
		expect(diff.cost.components.after.salary - diff.cost.components.before.salary).toBe(-82500);
	});

	it('diffStructures separates re-pricing from a post’s own change', () => {
		const a = clt2020();
		const b = structuredClone(a);
		b.grades['assistant-director'] = { ...b.grades['assistant-director'], point: 90000 };
		b.posts.get('ad-neighbourhoods-1')!.grade = 'jnc-director';
		const diff = diffStructures(a, b);
		// Own change at old prices: 192,011.26 − 108,347.26 = 83,664.00.
		// Re-pricing the other nine ADs from £82,500 to £90,000:
		//   one AD at £90,000 = 90,000 + (81,212 × 0.138 = 11,207.26) + 17,100 = 118,307.26
		//   9 × (118,307.26 − 108,347.26) = 9 × 9,960.00 = 89,640.00
		expect(diff.cost.steps.map((s) => [s.kind, s.delta])).toEqual([
			['regraded', 83664],
			['repriced', 89640]
		]);
		expect(diff.cost.change).toBe(83664 + 89640);
		expect(diff.grades.updated).toHaveLength(1);
	});

	it('diffStructures treats a post that stops being deleted as created, and notes settings', () => {
		const a = clt2020();
		a.posts = new Map(a.posts).set('director-hr', {
			...a.posts.get('director-hr')!,
			status: 'deleted'
		});
		const b = clt2020();
		b.assumptions = {
			...b.assumptions,
			employerPensionRate: { ...b.assumptions.employerPensionRate, value: 0.2 }
		};
		const diff = diffStructures(a, b);
		expect(diff.postChanges.map((c) => [c.kind, c.postId])).toEqual([['created', 'director-hr']]);
		expect(diff.settings).toEqual([
			{
				key: 'assumptions.employerPensionRate',
				label: 'Employer pension rate',
				unit: 'rate',
				from: 0.19,
				to: 0.2
			}
		]);
	});

	it('diffStructures finds nothing between a structure and its copy', () => {
		const a = clt2020();
		const diff = diffStructures(a, structuredClone(a));
		expect(diff.postChanges).toEqual([]);
		expect(diff.posts).toEqual({ added: [], removed: [], updated: [] });
		expect(diff.cost.steps).toEqual([]);
		expect(diff.cost.change).toBe(0);
	});
});
