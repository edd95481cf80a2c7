/**
 * UK public-sector financial years run 1 April to 31 March and are written '2021/22' (the words,
 * including the year a date falls in, are in words/dates.ts).
 * Dates are ISO 'YYYY-MM-DD' strings; they are turned into whole days since 1970-01-01 (UTC) so
 * that fractions of a year count days, not milliseconds across clock changes.
 */
/**
 * The years the Cabinet report phases the change over: in the Medium-Term Financial Plan from
 * 2021/22, implemented over two years to 2022 (003_e19b15a5f720a5bc.txt, 2.2 and 7.3). The Costs
 * page and the JNC report both cost these.
 */
export const PHASING_YEARS: readonly string[] = ['2021/22', '2022/23'];

export interface FinancialYear {
	label: string;
	/** Calendar year the financial year starts in (2021 for 2021/22). */
	startYear: number;
	/** First and last day, inclusive, as day numbers. */
	firstDay: number;
	lastDay: number;
	/** 365, or 366 when it holds a 29 February. */
	days: number;
}

const DAY_MS = 86_400_000;

export function parseFinancialYear(label: string): FinancialYear {
	const m = /^(\d{4})\/(\d{2})$/.exec(label);
	const startYear = m ? Number(m[1]) : NaN;
	if (!m || Number(m[2]) !== (startYear + 1) % 100)
		throw new Error(
			`Financial year '${label}' is not of the form 2021/22 (a year and the next, from 1 April)`
		);
	const firstDay = Date.UTC(startYear, 3, 1) / DAY_MS;
	const lastDay = Date.UTC(startYear + 1, 2, 31) / DAY_MS;
	return { label, startYear, firstDay, lastDay, days: lastDay - firstDay + 1 };
}

/** Day number of an ISO date; throws naming the field for anything else. */
export function dayNumber(iso: string, what: string): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (m) {
		const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
		const d = new Date(t);
		if (d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return t / DAY_MS;
	}
	throw new Error(`${what}: '${iso}' is not a date of the form YYYY-MM-DD`);
}
