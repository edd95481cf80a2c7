import { fromPence, toPence } from '$lib/analysis';
import { describeProvenance } from '$lib/words';
import type { OneOffCost, Structure } from '$lib/model/types';
import type { OneOffRow } from './types';

export const ONE_OFF_KIND_NAMES: Record<OneOffCost['kind'], string> = {
	redundancy: 'Redundancy',
	'pension-strain': 'Pension strain',
	recruitment: 'Recruitment',
	discovery: 'Discovery',
	other: 'Other'
};

/**
 * The one-off costs entered on an option, kept apart from the recurring establishment cost (they
 * are never added to the full-year change), with their total and their total by financial year.
 */
export function oneOffCostRows(s: Structure): {
	rows: OneOffRow[];
	total: number;
	byYear: { year: string; total: number }[];
} {
	const rows = Object.values(s.oneOffCosts).map((c) => {
		const { kind, text } = describeProvenance(c.provenance);
		return {
			id: c.id,
			label: c.label,
			kind: c.kind,
			kindName: ONE_OFF_KIND_NAMES[c.kind],
			amount: c.amount,
			financialYear: c.financialYear,
			origin: text,
			originKind: kind
		};
	});
	const byYearPence = new Map<string, number>();
	let total = 0;
	for (const r of rows) {
		total += toPence(r.amount);
		byYearPence.set(r.financialYear, (byYearPence.get(r.financialYear) ?? 0) + toPence(r.amount));
	}
	const byYear = [...byYearPence.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([year, pence]) => ({ year, total: fromPence(pence) }));
	return { rows, total: fromPence(total), byYear };
}
