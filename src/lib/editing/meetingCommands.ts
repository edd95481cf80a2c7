import type { Draft } from 'immer';
import {
	MEMBER_RULE_NAMES,
	OCCURRENCES_PER_MONTH,
	type Meeting,
	type MemberRule,
	type Structure
} from '../model/types';
import { command, isFiniteNumber, isText } from './command';
import type { MeetingChanges } from './edits';
import { badNewId, freshId, unknownPost } from './lookup';
import { nameOf } from '../words';

const CADENCES = Object.keys(OCCURRENCES_PER_MONTH);
const RULES = Object.keys(MEMBER_RULE_NAMES);

function missingMeeting(s: Structure, id: unknown): string | undefined {
	if (typeof id === 'string' && Object.hasOwn(s.meetings, id)) return undefined;
	return `there is no meeting '${String(id)}'`;
}

function postList(s: Structure, list: unknown, what: string): string | undefined {
	if (!Array.isArray(list)) return `${what} must be a list of post ids`;
	const seen = new Set<string>();
	for (const p of list) {
		if (typeof p !== 'string' || !s.posts.has(p)) return `${what}: ${unknownPost(s, String(p))}`;
		if (seen.has(p)) return `${what}: ${nameOf(s, p)} is listed twice`;
		seen.add(p);
	}
	return undefined;
}

/** Why these meeting fields are unusable (the same rules for a new meeting and for changes). */
function meetingFieldsProblem(s: Structure, f: MeetingChanges, self?: string): string | undefined {
	if (f.name !== undefined && !isText(f.name)) return 'give the meeting a name';
	if (f.cadence !== undefined && !CADENCES.includes(f.cadence)) {
		return `cadence '${String(f.cadence)}' is not one of: ${CADENCES.join(', ')}`;
	}
	if (
		f.lengthHours !== undefined &&
		(!isFiniteNumber(f.lengthHours) || f.lengthHours <= 0 || f.lengthHours > 24)
	) {
		return `a meeting of ${String(f.lengthHours)} hours is not possible; give its length in hours, more than 0 and at most 24`;
	}
	if (
		f.weekOfMonth !== undefined &&
		f.weekOfMonth !== null &&
		(!Number.isInteger(f.weekOfMonth) || f.weekOfMonth < 1 || f.weekOfMonth > 4)
	) {
		return `week of the month ${String(f.weekOfMonth)} must be a whole number from 1 to 4`;
	}
	if (f.chair !== undefined && f.chair !== null && !s.posts.has(f.chair)) {
		return `chair: ${unknownPost(s, String(f.chair))}`;
	}
	if (f.curators !== undefined) {
		const p = postList(s, f.curators, 'curators');
		if (p) return p;
	}
	if (f.members !== undefined) {
		const p = postList(s, f.members, 'members');
		if (p) return p;
	}
	if (f.memberRules !== undefined) {
		if (!Array.isArray(f.memberRules)) return 'memberRules must be a list';
		for (const r of f.memberRules) {
			if (!RULES.includes(r))
				return `'${String(r)}' is not a member rule; use one of: ${RULES.join(', ')}`;
		}
		if (new Set(f.memberRules).size !== f.memberRules.length)
			return 'a member rule is listed twice';
	}
	if (f.feedsInto !== undefined) {
		if (!Array.isArray(f.feedsInto)) return 'feedsInto must be a list of meeting or body ids';
		for (const t of f.feedsInto) {
			if (t === self) return 'a meeting cannot feed into itself';
			if (!Object.hasOwn(s.meetings, t) && !Object.hasOwn(s.bodies, t)) {
				return `feedsInto: '${String(t)}' is neither a meeting nor a body`;
			}
		}
	}
	return undefined;
}

export const addMeeting = command({
	type: 'addMeeting',
	refuse(s, { meeting }) {
		if (!meeting || typeof meeting !== 'object') return 'give the meeting';
		if (!isText(meeting.name)) return 'give the meeting a name';
		if (meeting.id !== undefined) {
			const bad = badNewId(s, meeting.id);
			if (bad) return bad;
		}
		if (meeting.cadence === undefined) return `say how often it meets: ${CADENCES.join(', ')}`;
		if (meeting.lengthHours === undefined) return 'say how long the meeting lasts, in hours';
		return meetingFieldsProblem(s, meeting, meeting.id);
	},
	perform(d, { meeting }, s) {
		const id = meeting.id ?? freshId(s, meeting.name);
		const m: Meeting = {
			id,
			name: meeting.name.trim(),
			purpose: meeting.purpose ?? '',
			cadence: meeting.cadence,
			lengthHours: meeting.lengthHours,
			curators: [...(meeting.curators ?? [])],
			members: [...(meeting.members ?? [])],
			memberRules: [...(meeting.memberRules ?? [])],
			feedsInto: [...(meeting.feedsInto ?? [])],
			provenance: meeting.provenance ?? {
				kind: 'assumption',
				note: 'Added while editing a scenario'
			}
		};
		if (meeting.weekOfMonth !== undefined) m.weekOfMonth = meeting.weekOfMonth;
		if (meeting.chair !== undefined) m.chair = meeting.chair;
		d.meetings[id] = m;
		return id;
	}
});

export const removeMeeting = command({
	type: 'removeMeeting',
	refuse(s, e) {
		return missingMeeting(s, e.meetingId);
	},
	perform(d, { meetingId }, s) {
		delete d.meetings[meetingId];
		for (const id in s.links) {
			const l = s.links[id];
			if (l.from === meetingId || l.to === meetingId) delete d.links[id];
		}
		for (const id in s.meetings) {
			const feeds = s.meetings[id].feedsInto;
			if (id !== meetingId && feeds.includes(meetingId)) {
				d.meetings[id].feedsInto = feeds.filter((t) => t !== meetingId);
			}
		}
	}
});

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function setList(
	d: Draft<Meeting>,
	key: 'curators' | 'members' | 'feedsInto' | 'memberRules',
	was: readonly string[],
	value: readonly string[] | undefined
) {
	if (value !== undefined && !sameList(was, value)) {
		(d[key] as string[]) = [...value];
	}
}

export const updateMeeting = command({
	type: 'updateMeeting',
	refuse(s, e) {
		const missing = missingMeeting(s, e.meetingId);
		if (missing) return missing;
		if (!e.changes || typeof e.changes !== 'object') return 'say what to change';
		return meetingFieldsProblem(s, e.changes, e.meetingId);
	},
	perform(d, { meetingId, changes: c }, s) {
		const was = s.meetings[meetingId];
		const m = d.meetings[meetingId];
		if (c.name !== undefined && was.name !== c.name.trim()) m.name = c.name.trim();
		if (c.purpose !== undefined && was.purpose !== c.purpose) m.purpose = c.purpose;
		if (c.cadence !== undefined && was.cadence !== c.cadence) m.cadence = c.cadence;
		if (c.lengthHours !== undefined && was.lengthHours !== c.lengthHours) {
			m.lengthHours = c.lengthHours;
		}
		for (const key of ['weekOfMonth', 'chair'] as const) {
			const v = c[key];
			if (v === null) {
				if (was[key] !== undefined) delete m[key];
			} else if (v !== undefined && was[key] !== v) {
				(m as Record<string, unknown>)[key] = v;
			}
		}
		setList(m, 'curators', was.curators, c.curators);
		setList(m, 'members', was.members, c.members);
		setList(m, 'memberRules', was.memberRules, c.memberRules as MemberRule[] | undefined);
		setList(m, 'feedsInto', was.feedsInto, c.feedsInto);
	}
});
