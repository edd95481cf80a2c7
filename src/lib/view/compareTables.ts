import type { MeetingLoadReport, SpanReport } from '../analysis/index.ts';
import type { Cadence, Structure } from '../model/types.ts';
import { formatChange, formatMoney, formatNumber } from '../words/index.ts';

/** One manager's span in two structures; absent where the post manages nobody (or is gone). */
export interface SpanChangeRow {
	postId: string;
	title: string;
	before?: number;
	after?: number;
	change: string;
}

/**
 * Managers' spans before and after, in the later structure's order with managers that are gone
 * at the end. Spans come from the core's span reports; this only lines them up.
 */
export function spanChangeRows(
	before: SpanReport,
	after: SpanReport,
	a: Structure,
	b: Structure
): SpanChangeRow[] {
	const was = new Map(before.managers.map((m) => [m.postId, m.span]));
	const now = new Map(after.managers.map((m) => [m.postId, m.span]));
	const ids = [...after.managers.map((m) => m.postId), ...before.managers.map((m) => m.postId)];
	const seen = new Set<string>();
	const rows: SpanChangeRow[] = [];
	for (const id of ids) {
		if (seen.has(id)) continue;
		seen.add(id);
		const x = was.get(id);
		const y = now.get(id);
		rows.push({
			postId: id,
			title: b.posts.get(id)?.title ?? a.posts.get(id)?.title ?? id,
			before: x,
			after: y,
			change: formatChange((y ?? 0) - (x ?? 0))
		});
	}
	return rows;
}

export interface MeetingRow {
	meetingId: string;
	name: string;
	cadence: Cadence;
	lengthHours: number;
	attendees: number;
	peopleHoursPerMonth: string;
	costPerYear: string;
}

/** The meetings of a structure with the core's load figures, worded for a table. */
export function meetingRows(s: Structure, load: MeetingLoadReport): MeetingRow[] {
	return load.meetings.map((m) => ({
		meetingId: m.meetingId,
		name: m.name,
		cadence: s.meetings[m.meetingId]?.cadence ?? 'monthly',
		lengthHours: s.meetings[m.meetingId]?.lengthHours ?? 0,
		attendees: m.attendees.length,
		peopleHoursPerMonth: formatNumber(m.peopleHoursPerMonth, 1),
		costPerYear: formatMoney(m.costPerYear)
	}));
}

/** The change in people-hours a month between two meeting rhythms, worded: "+12.5 people-hours a month". */
export function meetingHoursChange(before: MeetingLoadReport, after: MeetingLoadReport): string {
	const change = after.peopleHoursPerMonth - before.peopleHoursPerMonth;
	return `${formatChange(change, 1)} people-hours a month`;
}
