import type { Cadence, Meeting, Structure } from '$lib/model/types';
import { formatHours, postTitle, weekOfMonthWords } from '$lib/words';

export const CADENCE_NAMES: Record<Cadence, string> = {
	weekly: 'Weekly',
	fortnightly: 'Fortnightly',
	monthly: 'Monthly',
	quarterly: 'Quarterly',
	annual: 'Annual'
};

/** A meeting as the calendars show it. */
export interface CalendarMeeting {
	id: string;
	name: string;
	cadence: Cadence;
	cadenceText: string;
	lengthText: string;
	/** "Chaired by …", "Curated by … and …", or "" when the model names neither. */
	leadText: string;
}

export interface MonthCalendar {
	/** Weeks 1–4 of a month with the monthly meetings that fall in each, and the days each covers. */
	weeks: { week: number; days: string; meetings: CalendarMeeting[] }[];
	/** Monthly meetings whose week the model does not set. */
	unscheduled: CalendarMeeting[];
	/** Weekly and fortnightly meetings, which recur through every month. */
	recurring: CalendarMeeting[];
}

/** The months of a financial year, from 1 April. */
export const FINANCIAL_YEAR_MONTHS = [
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
	'January',
	'February',
	'March'
] as const;

/** One cell of the year calendar; `span` months wide. */
export interface YearCell {
	span: number;
	/** Short text shown in the cell. */
	text: string;
	/** The full sentence for screen readers. */
	label: string;
}

export interface YearCalendar {
	months: readonly string[];
	rows: { meeting: CalendarMeeting; cells: YearCell[] }[];
}

function joinNames(names: string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function leadText(s: Structure, m: Meeting): string {
	const parts: string[] = [];
	if (m.chair) parts.push(`chaired by ${postTitle(s, m.chair)}`);
	// A chair who is also listed as a curator is named once.
	const curators = m.curators.filter((id) => id !== m.chair);
	if (curators.length > 0)
		parts.push(`curated by ${joinNames(curators.map((id) => postTitle(s, id)))}`);
	if (parts.length > 0) parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
	return parts.join('; ');
}

export function toCalendarMeeting(s: Structure, m: Meeting): CalendarMeeting {
	return {
		id: m.id,
		name: m.name,
		cadence: m.cadence,
		cadenceText: CADENCE_NAMES[m.cadence],
		lengthText: formatHours(m.lengthHours),
		leadText: leadText(s, m)
	};
}

/** Monthly meetings by the week of the month they fall in; weekly and fortnightly ones apart. */
export function toMonthCalendar(s: Structure): MonthCalendar {
	const weeks = [1, 2, 3, 4].map((week) => ({
		week,
		days: weekOfMonthWords(week),
		meetings: [] as CalendarMeeting[]
	}));
	const unscheduled: CalendarMeeting[] = [];
	const recurring: CalendarMeeting[] = [];
	for (const m of Object.values(s.meetings)) {
		const entry = toCalendarMeeting(s, m);
		if (m.cadence === 'weekly' || m.cadence === 'fortnightly') recurring.push(entry);
		else if (m.cadence === 'monthly') {
			const w = m.weekOfMonth;
			if (w !== undefined && Number.isInteger(w) && w >= 1 && w <= 4)
				weeks[w - 1].meetings.push(entry);
			else unscheduled.push(entry);
		}
	}
	return { weeks, unscheduled, recurring };
}

const YEAR_ORDER: Record<Cadence, number> = {
	annual: 0,
	quarterly: 1,
	monthly: 2,
	fortnightly: 3,
	weekly: 4
};

const QUARTERS = [
	'April and June',
	'July and September',
	'October and December',
	'January and March'
];

function yearCells(m: Meeting): YearCell[] {
	switch (m.cadence) {
		case 'annual':
			// The model records no month for an annual meeting, so the year calendar does not invent one.
			return [{ span: 12, text: 'Once a year', label: `${m.name}: once a year, month not set` }];
		case 'quarterly':
			return QUARTERS.map((q) => ({
				span: 3,
				text: 'Once a quarter',
				label: `${m.name}: once between ${q}`
			}));
		case 'monthly': {
			// Each month's cell names its own days ("1–7 Apr"), not "Week 1" twelve times over.
			const week = m.weekOfMonth;
			if (!week)
				return [{ span: 12, text: 'Every month', label: `${m.name}: every month, week not set` }];
			return FINANCIAL_YEAR_MONTHS.map((month) => ({
				span: 1,
				text: weekOfMonthWords(week, month.slice(0, 3)),
				label: `${m.name} in ${month}: week ${week} of the month, ${weekOfMonthWords(week, month)}`
			}));
		}
		default: {
			// More often than monthly: one cell across the year says it better than twelve.
			const text = m.cadence === 'weekly' ? 'Every week' : 'Every fortnight';
			return [{ span: 12, text, label: `${m.name}: ${text.toLowerCase()}, all year` }];
		}
	}
}

/**
 * Every meeting across a financial year (April to March), least frequent first: annual meetings
 * span the year, quarterly ones each quarter, monthly ones every month (with the days of their
 * week, or one cell across the year when the model sets no week), and
 * weekly or fortnightly ones one cell across the year.
 */
export function toYearCalendar(s: Structure): YearCalendar {
	const meetings = Object.values(s.meetings)
		.map((m, i) => ({ m, i }))
		.sort((a, b) => YEAR_ORDER[a.m.cadence] - YEAR_ORDER[b.m.cadence] || a.i - b.i)
		.map(({ m }) => m);
	return {
		months: FINANCIAL_YEAR_MONTHS,
		rows: meetings.map((m) => ({ meeting: toCalendarMeeting(s, m), cells: yearCells(m) }))
	};
}
