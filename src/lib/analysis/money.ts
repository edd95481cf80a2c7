/**
 * Money is carried in pounds with pence (two decimal places) and rounded only for display.
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

const wholePounds = new Intl.NumberFormat('en-GB', {
	style: 'currency',
	currency: 'GBP',
	maximumFractionDigits: 0
});
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "£192,011" (whole pounds, for sentences and tables). */
export function formatPounds(value: number): string {
	return wholePounds.format(value);
}

/** "£192,011.26" (to the penny, for reports that must add up). */
export function formatPoundsAndPence(value: number): string {
	return pounds.format(value);
}

/** "+£510,000" / "−£12,345": a change, with its sign. */
export function formatPoundsChange(value: number): string {
	const rounded = Math.round(value);
	if (rounded === 0) return formatPounds(0);
	return (rounded > 0 ? '+' : '−') + formatPounds(Math.abs(value));
}
