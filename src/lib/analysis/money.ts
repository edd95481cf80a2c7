/**
 * Money is carried in pounds with pence (two decimal places) and rounded only for display
 * (words/money.ts writes it).
 * Arithmetic that must add up exactly (totals, waterfalls) is done in whole pence.
 *
 * Rounding: each cost component (salary, employer NI, employer pension) is rounded to the penny,
 * as a payroll would; half a penny rounds up. Totals are sums of rounded components.
 */

/** Pounds → whole pence, half a penny up. The tiny offset absorbs binary error (1.005 × 100 = 100.4999…). */
export function toPence(pounds: number): number {
	return Math.round(pounds * 100 + (pounds >= 0 ? 1e-6 : -1e-6));
}

export function fromPence(pence: number): number {
	return pence / 100;
}

/** Round pounds to the penny. */
export function roundPence(pounds: number): number {
	return toPence(pounds) / 100;
}
