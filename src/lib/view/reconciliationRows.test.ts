import { describe, expect, it } from 'vitest';
import { reconcile } from '../analysis/index.ts';
import type { StatedFigure } from '../model/types.ts';
import { reconciliationRows } from './reconciliationRows.ts';

const stated: StatedFigure = {
	label: 'Net increase in senior establishment cost',
	value: 510000,
	provenance: { kind: 'source', file: '003_e19b15a5f720a5bc.txt', section: '7.3.1' }
};
const changeByFunding = { generalFund: 400000, hra: 120000, capital: 100000, grant: 0 };

const table = (rows: ReturnType<typeof reconciliationRows>) =>
	rows.map((r) => [r.key, r.label, r.value]);

describe('reconciliationRows', () => {
	it('reconciliationRows labels the revenue change and shows the capital left out', () => {
		// 620,000 − 100,000 capital = 520,000 revenue; 520,000 − 510,000 = +10,000
		const rows = reconciliationRows(reconcile(620000, stated, { changeByFunding }));
		expect(table(rows)).toEqual([
			['stated', 'Stated: Net increase in senior establishment cost', '+£510,000'],
			['modelled', 'Modelled revenue change (General Fund, HRA and grant)', '+£520,000'],
			['capital', 'Capital-funded, left out', '+£100,000'],
			['difference', 'Difference (modelled revenue − stated)', '+£10,000']
		]);
	});

	it('reconciliationRows has no capital row when nothing is funded from capital', () => {
		const noCapital = { ...changeByFunding, generalFund: 500000, capital: 0 };
		// 500,000 + 120,000 = 620,000; 620,000 − 510,000 = +110,000
		const rows = reconciliationRows(reconcile(620000, stated, { changeByFunding: noCapital }));
		expect(rows.map((r) => r.key)).toEqual(['stated', 'modelled', 'difference']);
		expect(rows[2].value).toBe('+£110,000');
	});

	it('reconciliationRows names the change from all funding on a total basis', () => {
		// 620,000 − 510,000 = +110,000, capital included
		const rows = reconciliationRows(reconcile(620000, stated, { changeByFunding, basis: 'total' }));
		expect(table(rows)).toEqual([
			['stated', 'Stated: Net increase in senior establishment cost', '+£510,000'],
			['modelled', 'Modelled change in full-year cost, all funding', '+£620,000'],
			['difference', 'Difference (modelled − stated)', '+£110,000']
		]);
	});

	it('reconciliationRows says when nothing is stated', () => {
		const rows = reconciliationRows(reconcile(-2500, undefined));
		expect(table(rows)).toEqual([
			['stated', 'Stated', 'None stated'],
			['modelled', 'Modelled change in full-year cost, all funding', '−£2,500'],
			['difference', 'Difference (modelled − stated)', '—']
		]);
	});
});
