/**
 * Dates and financial years in words. Dates are ISO 'YYYY-MM-DD' strings; UK public-sector
 * financial years run 1 April to 31 March and are written 2020/21.
 */

/** An ISO date as 19 January 2021 (the text as given when it is not a date). */
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

/** A date that may be unset, for a sentence: "19 January 2021" or "none". */
export function dateWord(isoDate: string | undefined): string {
	return isoDate === undefined ? 'none' : formatDate(isoDate);
}

/** The financial year starting 1 April of the given calendar year: 2020 → 2020/21. */
export function formatFinancialYear(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial year (from 1 April) a date falls in: 2021-04-01 → 2021/22, 2021-03-31 → 2020/21. */
export function financialYearOf(isoDate: string): string {
	const [y, m] = isoDate.split('-').map(Number);
	return formatFinancialYear(m >= 4 ? y : y - 1);
}

/**
 * The days a week of the month covers, counting from the 1st as the model's `weekOfMonth` does:
 * week 1 is the 1st to the 7th, week 4 the 22nd to the 28th.
 */
export function weekOfMonthDays(week: number): { first: number; last: number } {
	return { first: 7 * (week - 1) + 1, last: 7 * week };
}

/** A week of a month in words: "1–7 April" in a month, "days 1–7" in any month. */
export function weekOfMonthWords(week: number, month?: string): string {
	const { first, last } = weekOfMonthDays(week);
	return month ? `${first}–${last} ${month}` : `days ${first}–${last}`;
}
