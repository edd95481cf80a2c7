import { describe, expect, it } from 'vitest';
import { compareStructures, statedFigureFor } from './compare';
import { changed2020, clt2020 } from '$lib/testing/councils';
import { post, testProvenance } from '$lib/testing/structure';

describe('compareStructures', () => {
	it('compareStructures counts the changes and gives spans, layers and cost before and after', () => {
		const c = compareStructures(clt2020(), changed2020());
		expect(c.from).toEqual({ id: 'clt-2020', name: 'Corporate Leadership Team, 2020 (fixture)' });
		expect(c.to.id).toBe('option');
		// see diff.test: −192,011.26 × 2 + 192,011.26 + 83,664.00
		expect(c.annualCostChange).toBe(-108347.26);
		expect([c.postsCreated, c.postsDeleted, c.postsChanged, c.servicesMoved]).toEqual([1, 2, 3, 1]);
		expect(c.ceoSpan).toEqual({ before: 10, after: 8 });
		expect(c.averageSpan.before).toBe(3.5);
		expect(c.layers).toEqual({ before: 3, after: 3 });
		expect(c.differences).toHaveLength(12);
		expect(c.differences).toContain('Parking moves from Neighbourhoods to City Operations');
		expect(c.reconciliation.stated).toBeNull();
	});

	it('compareStructures reconciles to the later structure’s stated figure only', () => {
		const a = clt2020();
		const b = changed2020();
		b.statedCostChange = { label: 'Stated', value: -100000, provenance: testProvenance };
		// −108,347.26 − (−100,000) = −8,347.26
		expect(compareStructures(a, b).reconciliation.difference).toBe(-8347.26);
		const a2 = {
			...clt2020(),
			statedCostChange: { label: 'Earlier', value: -108347.26, provenance: testProvenance }
		};
		// The earlier structure's figure describes the change into it, not out of it.
		expect(compareStructures(a2, changed2020()).reconciliation.stated).toBeNull();
	});

	it('compareStructures splits the change by funding and reconciles the revenue part', () => {
		const b = changed2020();
		// The new director is funded 60% General Fund, 40% HRA; a new capital-funded PMO head.
		b.posts.get('director-city-management')!.funding = { generalFund: 60, hra: 40 };
		b.posts = new Map(b.posts).set(
			'pmo',
			post('pmo', 'Head of PMO', {
				grade: 'assistant-director',
				reportsTo: 'director-city-management',
				status: 'new',
				funding: { capital: 100 }
			})
		);
		b.statedCostChange = { label: 'Stated', value: -100000, provenance: testProvenance };
		const c = compareStructures(clt2020(), b);
		// −108,347.26 (see above) + 108,347.26 (the PMO head) = 0
		expect(c.annualCostChange).toBe(0);
		// Director 192,011.26 split 60/40: 115,206.76 General Fund (19,201,126p × 0.6 rounded),
		// 76,804.50 HRA. General Fund: −192,011.26 × 2 + 83,664.00 + 115,206.76 = −185,151.76
		expect(c.costChangeByFunding).toEqual({
			generalFund: -185151.76,
			hra: 76804.5,
			capital: 108347.26,
			grant: 0
		});
		// Revenue: −185,151.76 + 76,804.50 = −108,347.26
		expect(c.revenueCostChange).toBe(-108347.26);
		// Nothing was capital-funded before; after, the PMO head's 108,347.26 is left out. The totals
		// are equal (the change is 0), so revenue after is revenue before less 108,347.26.
		expect(c.revenueCost.before).toBe(c.diff.cost.before);
		expect(Math.round((c.revenueCost.before - c.revenueCost.after) * 100)).toBe(10834726);
		const r = c.reconciliation;
		expect([r.basis, r.modelled, r.totalChange, r.capitalExcluded]).toEqual([
			'revenue',
			-108347.26,
			0,
			108347.26
		]);
		// −108,347.26 − (−100,000) = −8,347.26
		expect(r.difference).toBe(-8347.26);
		expect(r.explanation).toContain(
			'Of the total change of £0 a year, +£108,347 is funded from capital (Head of PMO created) and is left out: the stated figure is revenue for the Medium-Term Financial Plan (Cabinet report, 19 January 2021, para 7.3.1), and the PMO’s “Establish and Recover” team is capitalised (Cabinet report, 19 January 2021, Appendix A section 3).'
		);
		expect(r.explanation).toContain(
			'By source, the revenue change is General Fund −£185,152 and Housing Revenue Account +£76,805; the stated figure is funded from a combination of HRA and General Fund (Cabinet report, 19 January 2021, para 7.3.1).'
		);
	});

	it('compareStructures leaves out source-only changes unless asked', () => {
		const a = clt2020();
		const b = structuredClone(a);
		b.posts.get('director-hr')!.provenance = { kind: 'assumption', note: 'another note' };
		b.posts.get('ceo')!.remit = 'Overall leadership';
		b.posts.get('ceo')!.provenance = { kind: 'assumption', note: 'another note' };
		b.units['neighbourhoods'].provenance = { kind: 'assumption', note: 'another note' };
		const c = compareStructures(a, b);
		expect(c.differences).toEqual(['Chief Executive: its remit changes']);
		expect(c.postsChanged).toBe(1);
		const all = compareStructures(a, b, { provenance: true });
		expect(all.differences).toEqual([
			'Chief Executive: its remit and source change',
			'Director of HR and Organisational Development: its source changes',
			'Neighbourhoods: its source changes'
		]);
		expect(all.postsChanged).toBe(2);
	});
});

describe('statedFigureFor', () => {
	const stated = {
		label: 'Net increase',
		value: 510000,
		provenance: { kind: 'assumption' as const, note: 'test' }
	};
	const withFigure = (figure?: typeof stated) => ({
		...clt2020(),
		...(figure ? { statedCostChange: figure } : {})
	});
	it('statedFigureFor uses the later structure’s figure for a change into it', () => {
		expect(statedFigureFor(withFigure(), withFigure(stated))).toBe(stated);
	});
	it('statedFigureFor gives none between two options that inherit the same figure, or in reverse', () => {
		expect(statedFigureFor(withFigure(stated), withFigure({ ...stated }))).toBeUndefined();
		expect(statedFigureFor(withFigure(stated), withFigure())).toBeUndefined();
	});
});
