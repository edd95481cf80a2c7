import { describe, expect, it } from 'vitest';
import type { StatedFigure } from '../model/types';
import { diffStructures } from './diff';
import { changed2020, clt2020 } from '$lib/testing/councils';
import { reconcile } from './reconcile';

const stated: StatedFigure = {
	label: 'Net increase in senior establishment cost',
	value: 510000,
	provenance: { kind: 'source', file: '003_e19b15a5f720a5bc.txt', section: '7.3.1' }
};

describe('reconcile', () => {
	it('reconcile gives the difference between modelled and stated', () => {
		// 498,765.43 − 510,000 = −11,234.57
		const r = reconcile(498765.43, stated);
		expect([r.stated, r.modelled, r.difference, r.statedLabel]).toEqual([
			510000,
			498765.43,
			-11234.57,
			'Net increase in senior establishment cost'
		]);
		expect(r.explanation).toEqual([
			'Stated: +£510,000 a year, “Net increase in senior establishment cost” (source: Cabinet report, 19 January 2021, para 7.3.1).',
			'Modelled: +£498,765 a year, the difference in full-year cost post by post.',
			// 11,234.57 / 510,000 = 2.2%
			'The model is £11,235 below the stated figure (2.2% of the stated figure).',
			'The gap may come from grade points that differ from the pay the stated figure used, on-cost rates, posts counted in one figure and not the other, or the timing of pay awards and start dates; the sources do not say which.'
		]);
	});

	it('reconcile says when there is nothing to reconcile against', () => {
		const r = reconcile(-108347.26, undefined);
		expect(r.stated).toBeNull();
		expect(r.difference).toBeNull();
		expect(r.explanation).toEqual([
			'No stated figure to reconcile against.',
			'Modelled: −£108,347 a year, the difference in full-year cost post by post.'
		]);
	});

	it('reconcile names the largest contributions and the assumptions as assumptions', () => {
		const b = changed2020();
		const diff = diffStructures(clt2020(), b);
		const r = reconcile(diff.cost.change, stated, { diff, structure: b });
		// −108,347.26 − 510,000 = −618,347.26
		expect(r.difference).toBe(-618347.26);
		// created +192,011.26; deleted 2 × −192,011.26 = −384,022.52; regraded +83,664.00
		expect(r.explanation).toContain(
			'By kind of change: 1 post created +£192,011; 2 posts deleted −£384,023; 1 post regraded +£83,664.'
		);
		// 1% of the salary change, 82,500 × 0.01 = 825
		expect(r.explanation).toContain(
			'One percentage point on the employer pension rate moves the modelled change by £825 a year.'
		);
		expect(r.explanation).toContain(
			'Largest contributions: Director of HR and Organisational Development deleted (−£192,011), Assistant Chief Executive deleted (−£192,011) and Director of City Management created (+£192,011).'
		);
		// salary −82,500; NI: −136,712 × 0.138 × 2 + 136,712 × 0.138 + (136,712 − 73,712) × 0.138
		//   = −18,866.26 + 8,694.00 = −10,172.26; pension −82,500 × 0.19 = −15,675
		expect(r.explanation).toContain(
			'Of the modelled change, salaries are −£82,500, employer National Insurance −£10,172 and employer pension −£15,675; the last two rest on the on-cost rates.'
		);
		expect(r.explanation).toContain(
			'Inputs the modelled figure rests on, which the Cabinet report does not give (each can be changed): employer NI 13.8% above £8,788 a year (assumption: test fixture); employer pension 19% (assumption: test fixture).'
		);
		expect(r.explanation).toContain(
			'Posts are costed at their grade’s costing point, not actual pay: Assistant Director at £82,500 (assumption: test fixture) and JNC Director at £145,500 (assumption: test fixture).'
		);
	});

	it('reconcile leaves capital-funded change out of the revenue figure, unless asked for the total', () => {
		const changeByFunding = { generalFund: 400000, hra: 120000, capital: 100000, grant: 0 };
		// 620,000 − 100,000 capital = 520,000; 520,000 − 510,000 = +10,000
		const r = reconcile(620000, stated, { changeByFunding });
		expect([r.basis, r.modelled, r.difference, r.totalChange, r.capitalExcluded]).toEqual([
			'revenue',
			520000,
			10000,
			620000,
			100000
		]);
		expect(r.explanation.slice(1, 5)).toEqual([
			'Modelled: +£520,000 a year of revenue cost (General Fund, HRA and grant), the difference in full-year cost post by post.',
			'Of the total change of +£620,000 a year, +£100,000 is funded from capital and is left out: the stated figure is revenue for the Medium-Term Financial Plan (Cabinet report, 19 January 2021, para 7.3.1), and the PMO’s “Establish and Recover” team is capitalised (Cabinet report, 19 January 2021, Appendix A section 3).',
			'By source, the revenue change is General Fund +£400,000 and Housing Revenue Account +£120,000; the stated figure is funded from a combination of HRA and General Fund (Cabinet report, 19 January 2021, para 7.3.1).',
			// 10,000 / 510,000 = 2.0%
			'The model is £10,000 above the stated figure (2% of the stated figure).'
		]);
		const total = reconcile(620000, stated, { changeByFunding, basis: 'total' });
		// 620,000 − 510,000 = 110,000
		expect([total.basis, total.modelled, total.difference, total.capitalExcluded]).toEqual([
			'total',
			620000,
			110000,
			0
		]);
	});
});
