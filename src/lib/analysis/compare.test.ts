import { describe, expect, it } from 'vitest';
import { compareStructures } from './compare';
import { changed2020, clt2020, fixtureProvenance } from './fixtures';

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

	it('compareStructures reconciles to the later structure’s stated figure, else the earlier’s', () => {
		const a = clt2020();
		const b = changed2020();
		b.statedCostChange = { label: 'Stated', value: -100000, provenance: fixtureProvenance };
		// −108,347.26 − (−100,000) = −8,347.26
		expect(compareStructures(a, b).reconciliation.difference).toBe(-8347.26);
		const a2 = {
			...clt2020(),
			statedCostChange: { label: 'Earlier', value: -108347.26, provenance: fixtureProvenance }
		};
		expect(compareStructures(a2, changed2020()).reconciliation.difference).toBe(0);
	});
});
