import { fixMinus } from './numbers';

/**
 * Money in words. Figures are carried in pounds with pence and rounded only here, for display;
 * the arithmetic that must add up (whole pence) lives in analysis/money.ts.
 */

const money = new Intl.NumberFormat('en-GB', {
	style: 'currency',
	currency: 'GBP',
	maximumFractionDigits: 0
});

const moneyPence = new Intl.NumberFormat('en-GB', {
	style: 'currency',
	currency: 'GBP',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/** Whole pounds: £145,500; negative as −£1,200. */
/**
 * What a figure of someone's pay reads as for a person without the right to see pay: the figure
 * arrives as null (the report), or is worked out from pay that never reached their browser (NaN,
 * on the structure pages).
 */
export const PAY_MASKED = 'masked';

export function formatMoney(n: number | null): string {
	if (n === null || Number.isNaN(n)) return PAY_MASKED;
	return fixMinus(money.format(roundHalfAway(n)));
}

/** Pounds and pence: £1,234.56 (for reports that must add up). */
export function formatMoneyPence(n: number): string {
	if (Number.isNaN(n)) return PAY_MASKED;
	return fixMinus(moneyPence.format(n));
}

/**
 * Millions to two places for a headline: £0.51m, £2.37m; under £10,000 falls back to £k so a
 * small figure does not read as £0.00m.
 */
export function formatMoneyShort(n: number): string {
	if (Number.isNaN(n)) return PAY_MASKED;
	const abs = Math.abs(n);
	const sign = n < 0 ? '−' : '';
	if (abs >= 10_000) return `${sign}£${(abs / 1_000_000).toFixed(2)}m`;
	if (abs >= 1_000) return `${sign}£${(abs / 1_000).toFixed(1)}k`;
	return `${sign}£${Math.round(abs)}`;
}

/** A signed change in whole pounds: +£510,000, −£12,300, £0. */
export function formatMoneyChange(n: number | null): string {
	if (n === null || Number.isNaN(n)) return PAY_MASKED;
	const r = roundHalfAway(n);
	if (r === 0) return formatMoney(0);
	return (r > 0 ? '+' : '') + formatMoney(r);
}

// Intl rounds half to even in some engines for currency; round pounds half away from zero ourselves.
function roundHalfAway(n: number): number {
	return Math.sign(n) * Math.round(Math.abs(n));
}
