import type { Assumption } from '$lib/model/types';

/** What the number typed into an assumption's field is measured in. */
export const ASSUMPTION_INPUT_UNITS: Record<Assumption['unit'], string> = {
	rate: '%',
	pounds: '£',
	hours: 'hours',
	year: ''
};

/** The value as typed: a rate as a percentage (0.138 → 13.8), anything else as it is. */
export function assumptionToInput(a: Pick<Assumption, 'value' | 'unit'>): number {
	return a.unit === 'rate' ? +(a.value * 100).toFixed(8) : a.value;
}

/**
 * The typed value back as the assumption holds it (13.8 % → 0.138), without the float noise of
 * dividing by 100. An empty field gives NaN, which the core refuses with a message.
 */
export function assumptionFromInput(
	a: Pick<Assumption, 'unit'>,
	typed: number | null | undefined
): number {
	if (typed === null || typed === undefined || !Number.isFinite(typed)) return Number.NaN;
	return a.unit === 'rate' ? +(typed / 100).toFixed(10) : typed;
}
