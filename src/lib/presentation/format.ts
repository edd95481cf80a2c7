/**
 * en-GB formatters for every figure the app shows. Components format through these so that
 * money, rates and financial years read the same on every page.
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
export function formatMoney(n: number): string {
	return fixMinus(money.format(roundHalfAway(n)));
}

/** Pounds and pence: £1,234.56. */
export function formatMoneyPence(n: number): string {
	return fixMinus(moneyPence.format(n));
}

/**
 * Millions to two places for a headline: £0.51m, £2.37m; under £10,000 falls back to £k so a
 * small figure does not read as £0.00m.
 */
export function formatMoneyShort(n: number): string {
	const abs = Math.abs(n);
	const sign = n < 0 ? '−' : '';
	if (abs >= 10_000) return `${sign}£${(abs / 1_000_000).toFixed(2)}m`;
	if (abs >= 1_000) return `${sign}£${(abs / 1_000).toFixed(1)}k`;
	return `${sign}£${Math.round(abs)}`;
}

/** A signed change in whole pounds: +£510,000, −£12,300, £0. */
export function formatMoneyChange(n: number): string {
	const r = roundHalfAway(n);
	if (r === 0) return formatMoney(0);
	return (r > 0 ? '+' : '') + formatMoney(r);
}

/** A number with grouping and a fixed number of decimal places (default 0): 1,650 / 6.5. */
export function formatNumber(n: number, dp = 0): string {
	return fixMinus(
		new Intl.NumberFormat('en-GB', {
			minimumFractionDigits: dp,
			maximumFractionDigits: dp
		}).format(n)
	);
}

/** A signed change in a count or measure: +2, −1.5, 0. */
export function formatChange(n: number, dp = 0): string {
	const s = formatNumber(n, dp);
	return n > 0 && Number(n.toFixed(dp)) !== 0 ? `+${s}` : s.replace(/^−0(\.0+)?$/, '0$1');
}

/** A rate held as a fraction: 0.138 → 13.8%; whole percentages drop the decimal (0.19 → 19%). */
export function formatPercent(rate: number, dp?: number): string {
	const pct = rate * 100;
	const places = dp ?? (Math.abs(pct - Math.round(pct)) < 1e-9 ? 0 : 1);
	return `${formatNumber(pct, places)}%`;
}

/** Hours: 1 hour, 3.5 hours, 1,650 hours. */
export function formatHours(h: number): string {
	const dp = Math.abs(h - Math.round(h)) < 0.05 ? 0 : 1;
	const s = formatNumber(h, dp);
	return `${s} ${s === '1' ? 'hour' : 'hours'}`;
}

/** The financial year (from 1 April) a date falls in: 2021-07-01 → 2021/22, 2021-03-31 → 2020/21. */
export function financialYearOf(isoDate: string): string {
	const [y, m] = isoDate.split('-').map(Number);
	const start = m >= 4 ? y : y - 1;
	return formatFinancialYear(start);
}

/** The financial year starting 1 April of the given calendar year: 2021 → 2021/22. */
export function formatFinancialYear(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** An ISO date as 19 January 2021. */
export function formatDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	if (!y || !m || !d) return isoDate;
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
}

// Intl rounds half to even in some engines for currency; round pounds half away from zero ourselves.
function roundHalfAway(n: number): number {
	return Math.sign(n) * Math.round(Math.abs(n));
}

// A true minus sign reads better than a hyphen in tables and on a projector.
function fixMinus(s: string): string {
	return s.replace(/^-/, '−');
}
