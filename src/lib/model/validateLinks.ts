/** The ties between records beyond line management: links and meetings. */
import { didYouMean } from './suggest';
import { LINK_TYPES, type Post, type Structure } from './types';
import { finite, unknownPost, type AddIssue, type Path } from './validateCommon';
import type { Namespaced } from './validateIds';

const LINKS = new Set<string>(LINK_TYPES);

/**
 * Each link's type and ends. Any id in the namespace but a grade may be an end; `owner` is the
 * namespace checkIds built, so an end is looked up once.
 */
export function checkLinks(
	s: Structure,
	owner: ReadonlyMap<string, Namespaced>,
	add: AddIssue
): void {
	const links = s.links ?? {};
	const linkTargets = () =>
		[...owner.entries()].filter(([, c]) => c !== 'grades').map(([id]) => id);
	for (const id in links) {
		const l = links[id];
		if (!LINKS.has(l.type)) {
			const lm = (l.type as string) === 'line-management';
			add(
				['links', id, 'type'],
				lm
					? `line management is kept as the post's reportsTo, not as a link; set reportsTo on post '${l.to}'`
					: `'${String(l.type)}' is not a link type; use one of: ${LINK_TYPES.join(', ')}`
			);
		}
		for (const end of ['from', 'to'] as const) {
			const target = l[end];
			const kind = owner.get(target);
			if (kind === undefined || kind === 'grades') {
				add(
					['links', id, end],
					`link ${end} '${String(target)}' is not a post, unit, service, body or meeting${didYouMean(String(target), linkTargets())}; correct the id or add the record`
				);
			}
		}
	}
}

/** Each meeting's chair, curators, members, what it feeds into, and when and how long it meets. */
export function checkMeetings(s: Structure, add: AddIssue): void {
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	const bodies = s.bodies ?? {};
	const meetings = s.meetings ?? {};
	for (const id in meetings) {
		const m = meetings[id];
		const at = (field: string): Path => ['meetings', id, field];
		if (m.chair !== undefined && !posts.get(m.chair)) {
			add(at('chair'), `chair: ${unknownPost(posts, m.chair)}; the chair must be a post id`);
		}
		for (const field of ['curators', 'members'] as const) {
			const list = m[field];
			if (!Array.isArray(list)) {
				add(at(field), `${field} must be a list of post ids (use [] for none)`);
				continue;
			}
			list.forEach((p, i) => {
				if (!posts.get(p))
					add(
						['meetings', id, field, i],
						`${field === 'members' ? 'member' : 'curator'}: ${unknownPost(posts, p)}; list post ids`
					);
			});
		}
		if (Array.isArray(m.feedsInto)) {
			m.feedsInto.forEach((target, i) => {
				if (!meetings[target] && !bodies[target]) {
					add(
						['meetings', id, 'feedsInto', i],
						`feedsInto names '${target}', which is neither a meeting nor a body${didYouMean(target, [...Object.keys(meetings), ...Object.keys(bodies)])}; use a meeting or body id`
					);
				}
			});
		} else
			add(at('feedsInto'), `feedsInto must be a list of meeting or body ids (use [] for none)`);
		if (!finite(m.lengthHours) || m.lengthHours <= 0) {
			add(
				at('lengthHours'),
				`lengthHours ${String(m.lengthHours)} is not a positive number of hours`
			);
		}
		if (
			m.weekOfMonth !== undefined &&
			(!Number.isInteger(m.weekOfMonth) || m.weekOfMonth < 1 || m.weekOfMonth > 4)
		) {
			add(
				at('weekOfMonth'),
				`weekOfMonth ${String(m.weekOfMonth)} must be a whole number from 1 to 4`
			);
		}
	}
}
