import { meetingAttendees, meetingLoad } from '$lib/analysis';
import type { Meeting, Structure } from '$lib/model/types';
import { CADENCE_NAMES, toMonthCalendar } from '$lib/view/charts/calendar';
import { formatHours, formatNumber, nameOf, citeSourceText } from '$lib/words';
import type { Figure, RhythmMeeting, RhythmSlide } from './types';

function lead(s: Structure, m: Meeting): string {
	if (m.chair) return `Chaired by ${nameOf(s, m.chair)}`;
	if (m.curators.length) return `Curated by ${m.curators.map((id) => nameOf(s, id)).join(', ')}`;
	return 'No chair in the model';
}

function rhythmMeeting(s: Structure, m: Meeting): RhythmMeeting {
	const week = m.cadence === 'monthly' && m.weekOfMonth ? `, week ${m.weekOfMonth}` : '';
	const n = meetingAttendees(s, m).length;
	return {
		id: m.id,
		name: m.name,
		when: `${CADENCE_NAMES[m.cadence]}${week}, ${formatHours(m.lengthHours)}`,
		lead: lead(s, m),
		attendance: `${formatNumber(n)} attend`,
		purpose: m.purpose
	};
}

/** Slide 5: the monthly rhythm of the four groups that replace CLT (003, section 4). */
export function rhythmSlide(a: Structure, b: Structure): RhythmSlide {
	const calendar = toMonthCalendar(b);
	const byId = (id: string) => rhythmMeeting(b, b.meetings[id]);
	const weeks = calendar.weeks.map((w) => ({
		week: w.week,
		meetings: w.meetings.map((m) => byId(m.id))
	}));
	const inWeeks = new Set(weeks.flatMap((w) => w.meetings.map((m) => m.id)));
	const other = Object.values(b.meetings)
		.filter((m) => !inWeeks.has(m.id))
		.map((m) => rhythmMeeting(b, m));
	const replaced = new Map<string, string[]>();
	for (const m of Object.values(b.meetings))
		for (const r of m.replaces ?? [])
			if (a.meetings[r] && !b.meetings[r]) replaced.set(r, [...(replaced.get(r) ?? []), m.name]);
	const replaces = [...replaced].map(([id, by]) => {
		const old = a.meetings[id];
		return `${old.name}, ${CADENCE_NAMES[old.cadence].toLowerCase()} → ${by.join(', ')}`;
	});
	const before = meetingLoad(a).peopleHoursPerMonth;
	const after = meetingLoad(b).peopleHoursPerMonth;
	const hours: Figure = {
		key: 'people-hours',
		value: formatNumber(after),
		label: 'people-hours a month in the rhythm',
		detail: `${formatNumber(before)} before`,
		rule: 'Attendees × hours × meetings a month; lengths and weeks are assumptions where the sources are silent',
		verdict: 'info',
		verdictText:
			after === before
				? 'No change'
				: `${after > before ? '▲ Up' : '▼ Down'} ${formatNumber(Math.abs(after - before))} a month`
	};
	return {
		id: 'rhythm',
		title: 'The monthly rhythm',
		subtitle: 'Four groups a month, each with all the directors, in place of CLT',
		figures: [hours],
		weeks,
		other,
		replaces,
		notes: [
			`${citeSourceText('003', 'section 4')}: CLT is replaced by four meetings, each monthly, each including all the directors: strategy, performance, assurance and leadership.`,
			'The performance group, led by the Director of City Management, holds the Managing Directors to account and gives them an escalation route.',
			`People-hours a month: ${hours.detail}, ${hours.value} now. ${hours.rule}.`,
			...replaces.map((r) => `Replaces: ${r}.`)
		]
	};
}
