import type { Reconciliation } from '../analysis/index.ts';
import { formatMoneyChange } from '../words/index.ts';

export interface ReconciliationRow {
	key: 'stated' | 'modelled' | 'capital' | 'difference';
	label: string;
	value: string;
}

/**
 * The reconciliation as labelled rows, shared by the compare page and the report. The labels say
 * which change is reconciled: on a revenue basis the capital-funded part is left out (003
 * Appendix A section 3 capitalises the PMO team), and that part is shown on its own row when
 * there is one, so the reader does not take the modelled figure for the whole change.
 */
export function reconciliationRows(r: Reconciliation): ReconciliationRow[] {
	const revenue = r.basis === 'revenue';
	const rows: ReconciliationRow[] = [
		{
			key: 'stated',
			label: `Stated${r.statedLabel ? `: ${r.statedLabel}` : ''}`,
			value: r.stated === null ? 'None stated' : formatMoneyChange(r.stated)
		},
		{
			key: 'modelled',
			label: revenue
				? 'Modelled revenue change (General Fund, HRA and grant)'
				: 'Modelled change in full-year cost, all funding',
			value: formatMoneyChange(r.modelled)
		}
	];
	if (r.capitalExcluded !== 0) {
		rows.push({
			key: 'capital',
			label: 'Capital-funded, left out',
			value: formatMoneyChange(r.capitalExcluded)
		});
	}
	rows.push({
		key: 'difference',
		label: revenue ? 'Difference (modelled revenue − stated)' : 'Difference (modelled − stated)',
		value: r.difference === null ? '—' : formatMoneyChange(r.difference)
	});
	return rows;
}
