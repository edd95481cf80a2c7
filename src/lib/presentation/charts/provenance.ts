import type { Assumption, Assumptions, Provenance } from '$lib/model/types';
import {
	formatFinancialYear,
	formatHours,
	formatMoney,
	formatNumber,
	formatPercent
} from '$lib/presentation/format';

/** The word each kind of origin is shown under; an assumption is always called one. */
export const PROVENANCE_KIND_NAMES: Record<Provenance['kind'], string> = {
	source: 'Source',
	'public-record': 'Public record',
	assumption: 'Assumption',
	reconstruction: 'Reconstruction'
};

/** Where a figure came from, in words: "003_e19b15a5f720a5bc.txt, Appendix A section 3 — note". */
export function describeProvenance(p: Provenance): { kind: string; text: string } {
	const kind = PROVENANCE_KIND_NAMES[p.kind];
	const withNote = (main: string, note?: string) => (note ? `${main} — ${note}` : main);
	switch (p.kind) {
		case 'source':
			return { kind, text: withNote(`${p.file}, ${p.section}`, p.note) };
		case 'public-record':
			return { kind, text: withNote(p.record, p.note) };
		case 'assumption':
			return { kind, text: p.note };
		case 'reconstruction':
			return { kind, text: p.record ? `${p.note} (from ${p.record})` : p.note };
	}
}

// As many decimals as the rate has, up to three: 13.8%, 2.75%, 19%.
function placesNeeded(n: number): number {
	for (let dp = 0; dp < 3; dp++) {
		const f = 10 ** dp;
		if (Math.abs(n * f - Math.round(n * f)) < 1e-6) return dp;
	}
	return 3;
}

/** An assumption's value in its unit: rates as %, pounds in en-GB money, hours, a year. */
export function formatAssumptionValue(a: Pick<Assumption, 'value' | 'unit'>): string {
	switch (a.unit) {
		case 'rate':
			return formatPercent(a.value, placesNeeded(a.value * 100));
		case 'pounds':
			return formatMoney(a.value);
		case 'hours':
			return formatHours(a.value);
		case 'year':
			return formatNumber(a.value).replace(/,/g, '');
	}
}

export interface AssumptionRow {
	key: string;
	label: string;
	valueText: string;
	kind: string;
	origin: string;
	/** True where the value is the modeller's choice rather than a source or public record. */
	isAssumption: boolean;
}

/** Every assumption a structure carries, in the order it declares them. */
export function toAssumptionRows(assumptions: Assumptions): AssumptionRow[] {
	return Object.entries(assumptions).map(([key, a]) => {
		const { kind, text } = describeProvenance(a.provenance);
		return {
			key,
			label: a.label,
			// The base year is the first year of a financial year (2020 → 2020/21).
			valueText: key === 'baseYear' ? formatFinancialYear(a.value) : formatAssumptionValue(a),
			kind,
			origin: text,
			isAssumption: a.provenance.kind === 'assumption'
		};
	});
}
