import type { Structure } from '$lib/model/types';
import { formatHours, postTitle } from '$lib/words';
import { CADENCE_NAMES } from './calendar.ts';
import type { ChartDatum } from './datum.ts';

export type AttendanceRole = 'chair' | 'curator' | 'member';

/** Symbol and words for each role: the matrix never relies on colour. */
export const ATTENDANCE_ROLES: Record<AttendanceRole, { symbol: string; name: string }> = {
	chair: { symbol: '★', name: 'Chairs' },
	curator: { symbol: '◆', name: 'Curates' },
	member: { symbol: '●', name: 'Attends' }
};

export interface AttendanceMatrix {
	meetings: { id: string; name: string; cadenceText: string }[];
	rows: {
		postId: string;
		title: string;
		hoursPerMonth: number;
		/** One cell per meeting, in the order of `meetings`; null where the post does not attend. */
		cells: (AttendanceRole | null)[];
	}[];
}

/** The attendance part of meetingLoad(...) that the matrix reads. */
export interface AttendanceInput {
	meetings: readonly { meetingId: string; attendees: readonly string[] }[];
	hoursPerMonthByPost: Readonly<Record<string, number>>;
}

/**
 * Posts × meetings. Attendance comes from the core's meeting load (which applies the member
 * rules); the chair and curators come from the meeting and are marked apart from members.
 * Rows follow the structure's post order, keeping only posts that attend something.
 */
export function toAttendanceMatrix(s: Structure, load: AttendanceInput): AttendanceMatrix {
	const meetings = load.meetings
		.filter((m) => s.meetings[m.meetingId])
		.map((m) => {
			const meeting = s.meetings[m.meetingId];
			return {
				id: m.meetingId,
				name: meeting.name,
				cadenceText: CADENCE_NAMES[meeting.cadence],
				attendees: new Set(m.attendees),
				chair: meeting.chair,
				curators: new Set(meeting.curators)
			};
		});
	const rows: AttendanceMatrix['rows'] = [];
	for (const postId of s.posts.keys()) {
		const cells = meetings.map((m): AttendanceRole | null =>
			m.chair === postId
				? 'chair'
				: m.curators.has(postId)
					? 'curator'
					: m.attendees.has(postId)
						? 'member'
						: null
		);
		if (cells.every((c) => c === null)) continue;
		rows.push({
			postId,
			title: postTitle(s, postId),
			hoursPerMonth: load.hoursPerMonthByPost[postId] ?? 0,
			cells
		});
	}
	return {
		meetings: meetings.map(({ id, name, cadenceText }) => ({ id, name, cadenceText })),
		rows
	};
}

/** Hours a month each post spends in the meeting rhythm, busiest first, as bars. */
export function toHoursBars(
	s: Structure,
	hoursPerMonthByPost: Readonly<Record<string, number>>
): ChartDatum[] {
	const order = [...s.posts.keys()];
	return Object.entries(hoursPerMonthByPost)
		.filter(([, h]) => h > 0)
		.sort(([a, ha], [b, hb]) => hb - ha || order.indexOf(a) - order.indexOf(b))
		.map(([postId, hours]) => ({
			key: postId,
			label: postTitle(s, postId),
			value: hours,
			valueText: formatHours(hours),
			description: `${postTitle(s, postId)}: ${formatHours(hours)} a month`
		}));
}
