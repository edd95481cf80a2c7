import type { Link, Meeting, Post, StatutoryRole, Structure, Unit } from '../model/types';
import { dayNumber } from './financialYear';
import { postFacts } from './postFacts';

/**
 * The structure on one day of a change: the posts in force that day (each post between its start
 * and end dates, inclusive; no start means in post from before, no end still in post after), with
 * the interim posts in force that day as posts of their own. Pure: plain data in, a new structure
 * out, on which every measure (spans, layers, cost, checks, meetings) works as on any structure.
 *
 * The day's rules, each simple enough to say in a sentence:
 * - A post whose line manager is not in force reports to the interim post that covers the manager,
 *   else to the manager's own manager, up the line, until one is in force.
 * - An interim post holds a statutory role only on days no other post in force holds it (it
 *   stands in until the new holder starts).
 * - A unit's head, a meeting's chair, curators and members that are not in force give way to the
 *   interim post that covers them, or are left out; links to posts not in force are left out.
 * - The snapshot is one day: its posts carry no start or end dates, and no interim posts.
 */
export function structureAt(s: Structure, date: string): Structure {
	dayNumber(date, 'The date');
	const interim = s.interimPosts ?? {};
	const permanent = new Map<string, Post>();
	for (const [id, p] of s.posts) if (inForce(p, date)) permanent.set(id, p);
	const held = new Set<StatutoryRole>();
	for (const p of permanent.values()) for (const r of p.statutoryRoles) held.add(r);

	const standIns: Record<string, Post> = {};
	const coveredBy = new Map<string, string>();
	for (const id in interim) {
		const p = interim[id];
		if (!inForce(p, date)) continue;
		standIns[id] = { ...p, statutoryRoles: p.statutoryRoles.filter((r) => !held.has(r)) };
		if (p.covers && !permanent.get(p.covers)) coveredBy.set(p.covers, id);
	}

	const postOrInterim = (id: string): Post | undefined =>
		Object.hasOwn(interim, id) ? interim[id] : s.posts.get(id);
	const present = (id: string) => permanent.has(id) || id in standIns;
	/** The post in force that stands for `id` on the day: itself, its cover, or undefined. */
	const standFor = (id: string): string | undefined => (present(id) ? id : coveredBy.get(id));
	const managerOf = (post: Post): string | undefined => {
		const seen = new Set<string>();
		let m = post.reportsTo;
		while (m !== undefined && !seen.has(m)) {
			seen.add(m);
			const stand = standFor(m);
			if (stand !== undefined && stand !== post.id) return stand;
			m = postOrInterim(m)?.reportsTo;
		}
		return undefined;
	};

	const posts = new Map<string, Post>();
	for (const p of [...permanent.values(), ...Object.values(standIns)]) {
		const { start: _start, end: _end, reportsTo: _reportsTo, ...rest } = p;
		void _start;
		void _end;
		void _reportsTo;
		const manager = p.id === s.ceo ? undefined : managerOf(p);
		posts.set(p.id, manager === undefined ? rest : { ...rest, reportsTo: manager });
	}

	const units: Record<string, Unit> = {};
	for (const id in s.units) {
		const u = s.units[id];
		const head = u.head === undefined ? undefined : standFor(u.head);
		if (head === u.head) units[id] = u;
		else {
			const { head: _head, ...rest } = u;
			void _head;
			units[id] = head === undefined ? rest : { ...rest, head };
		}
	}

	const links: Record<string, Link> = {};
	for (const id in s.links) {
		const l = s.links[id];
		const ok = (end: string) => postOrInterim(end) === undefined || present(end);
		if (ok(l.from) && ok(l.to)) links[id] = l;
	}

	const meetings: Record<string, Meeting> = {};
	const people = (ids: string[]) =>
		ids
			.map((id) => (postOrInterim(id) !== undefined ? standFor(id) : id))
			.filter((id) => id !== undefined);
	for (const id in s.meetings) {
		const m = s.meetings[id];
		const { chair: _chair, ...rest } = m;
		void _chair;
		const chair = m.chair === undefined ? undefined : standFor(m.chair);
		meetings[id] = {
			...rest,
			...(chair !== undefined ? { chair } : {}),
			curators: people(m.curators),
			members: people(m.members)
		};
	}

	const { interimPosts: _interim, ...rest } = s;
	void _interim;
	return { ...rest, date, posts, units, links, meetings };
}

/** True when a post (not deleted) is in post on the day: start ≤ date ≤ end, each if given. */
export function inForce(p: Post, date: string): boolean {
	return (
		p.status !== 'deleted' &&
		(p.start === undefined || p.start <= date) &&
		(p.end === undefined || date <= p.end)
	);
}

/** The ISO date of a day number (days since 1970-01-01, UTC). */
export function isoOfDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days on which something changes in the structure, from `from` to `to` inclusive: `from`
 * itself, each post's and interim post's start, and the day after each end. Between two of them
 * the structure on every day is the same, so checking these days checks every day.
 */
export function changeDays(s: Structure, from: string, to: string): string[] {
	const first = dayNumber(from, 'The first day');
	const last = dayNumber(to, 'The last day');
	const days = new Set<number>([first]);
	for (const p of [...s.posts.values(), ...Object.values(s.interimPosts ?? {})]) {
		if (p.start !== undefined) days.add(dayNumber(p.start, `Post ${p.id} start`));
		if (p.end !== undefined) days.add(dayNumber(p.end, `Post ${p.id} end`) + 1);
	}
	return [...days]
		.filter((d) => d >= first && d <= last)
		.sort((x, y) => x - y)
		.map(isoOfDay);
}

/**
 * The transition a structure describes: from its own date to the last day a post or interim post
 * starts or ends on (its date alone when nothing is dated).
 */
export function transitionWindow(s: Structure): { from: string; to: string } {
	let to = s.date;
	// The posts' latest date is gathered once per posts Map (the greatest of the same strings).
	const latest = postFacts(s).latestDate;
	if (latest !== undefined && latest > to) to = latest;
	for (const p of Object.values(s.interimPosts ?? {})) {
		if (p.start !== undefined && p.start > to) to = p.start;
		if (p.end !== undefined && p.end > to) to = p.end;
	}
	return { from: s.date, to };
}
