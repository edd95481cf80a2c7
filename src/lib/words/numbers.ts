/**
 * Numbers in en-GB words: grouping, a true minus sign, and rates as percentages. Every page, the
 * report, the change log and the command line format through these so a figure reads the same.
 */

/**
 * One formatter per option set, made on first use: making an Intl.NumberFormat costs far more
 * than formatting with it, and the checks format on every new snapshot.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number): Intl.NumberFormat {
	const key = `${min}:${max}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
		formatters.set(key, f);
	}
	return f;
}

/** A number with grouping and a fixed number of decimal places (default 0): 1,650 / 6.5. */
export function formatNumber(n: number, dp = 0): string {
	return fixMinus(formatter(dp, dp).format(n));
}

/** A number with grouping and only the decimals it needs, up to `maxDp`: 0.5, 1, 2.75. */
export function formatDecimal(n: number, maxDp = 2): string {
	return fixMinus(formatter(0, maxDp).format(n));
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

/**
 * A rate exact to the basis point, with only the decimals it has: 13.8%, 2.75%, 19%. For an
 * assumption's value, where rounding 2.75% to 2.8% would misstate it.
 */
export function formatRate(rate: number): string {
	return `${formatDecimal(rate * 100, 4)}%`;
}

/** Hours: 1 hour, 3.5 hours, 1,650 hours. */
export function formatHours(h: number): string {
	const dp = Math.abs(h - Math.round(h)) < 0.05 ? 0 : 1;
	const s = formatNumber(h, dp);
	return `${s} ${s === '1' ? 'hour' : 'hours'}`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// A true minus sign reads better than a hyphen in tables and on a projector.
export function fixMinus(s: string): string {
	return s.replace(/^-/, '−');
}
