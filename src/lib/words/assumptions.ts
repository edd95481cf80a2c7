import type { Assumption, Assumptions, Grade } from '../model/types';
import { formatFinancialYear } from './dates';
import { formatMoney } from './money';
import { formatHours, formatRate } from './numbers';
import { describeProvenance } from './provenance';

/**
 * An assumption's value in its unit: a rate exact to the basis point (13.8%, 2.75%), pounds
 * (£8,788), hours (1,650 hours); a year is the first of a financial year, so it reads 2020/21.
 */
export function formatAssumptionValue(a: Pick<Assumption, 'value' | 'unit'>): string {
	switch (a.unit) {
		case 'rate':
			return formatRate(a.value);
		case 'pounds':
			return formatMoney(a.value);
		case 'hours':
			return formatHours(a.value);
		case 'year':
			return formatFinancialYear(a.value);
		default:
			return String(a.value);
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

/** Every assumption a structure carries, in the order it declares them, in words. */
export function toAssumptionRows(assumptions: Assumptions): AssumptionRow[] {
	return Object.entries(assumptions).map(([key, a]) => {
		const { kind, text } = describeProvenance(a.provenance);
		return {
			key,
			label: a.label,
			valueText: formatAssumptionValue(a),
			kind,
			origin: text,
			isAssumption: a.provenance.kind === 'assumption'
		};
	});
}

/** A grade in words: its range and costing point in pounds, and where the figures came from. */
export interface GradeRow {
	id: string;
	name: string;
	min: number;
	max: number;
	point: number;
	kind: string;
	origin: string;
	/** True where the figures are the modeller's choice rather than a source or public record. */
	isAssumption: boolean;
}

/** Each grade, in the order given, with its origin in words. */
export function toGradeRows(grades: readonly Grade[]): GradeRow[] {
	return grades.map((g) => {
		const { kind, text } = describeProvenance(g.provenance);
		return {
			id: g.id,
			name: g.name,
			min: g.min,
			max: g.max,
			point: g.point,
			kind,
			origin: text,
			isAssumption: g.provenance.kind === 'assumption'
		};
	});
}
