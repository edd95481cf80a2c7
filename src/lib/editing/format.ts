import { formatDate, formatHours, formatMoney } from '../presentation/format';
import {
	FUNDING_SOURCE_NAMES,
	type Assumption,
	type Cadence,
	type FundingSource,
	type FundingSplit
} from '../model/types';

/** An assumption's value as people read it: 13.8%, £8,788, 1,650 hours, 2020. */
export function formatAssumption(a: Pick<Assumption, 'value' | 'unit'>): string {
	switch (a.unit) {
		case 'rate':
			// Exact to the basis point: a change log must not round 2.75% to 2.8%.
			return `${+(a.value * 100).toFixed(4)}%`;
		case 'pounds':
			return formatMoney(a.value);
		case 'hours':
			return formatHours(a.value);
		default:
			return String(a.value);
	}
}

/** "60% General Fund, 40% Housing Revenue Account"; "the default split" when none. */
export function formatSplit(split: FundingSplit | undefined): string {
	if (!split) return 'the default split';
	const parts = Object.entries(split)
		.filter(([, v]) => v !== 0)
		.map(([k, v]) => `${v}% ${FUNDING_SOURCE_NAMES[k as FundingSource] ?? k}`);
	return parts.join(', ') || 'no funding';
}

/** "monthly", "annually". */
export function cadenceWord(c: Cadence): string {
	return c === 'annual' ? 'annually' : c;
}

export function dateWord(d: string | undefined): string {
	return d === undefined ? 'none' : formatDate(d);
}

export { formatHours, formatMoney };
