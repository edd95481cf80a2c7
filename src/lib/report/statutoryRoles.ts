import { STATUTORY_ROLE_NAMES, STATUTORY_ROLES, type Structure } from '$lib/model/types';
import type { StatutoryRow } from './types';

function holders(s: Structure, role: (typeof STATUTORY_ROLES)[number]) {
	return [...s.posts.values()]
		.filter((p) => p.status !== 'deleted' && p.statutoryRoles.includes(role))
		.map((p) => ({ postId: p.id, title: p.title }));
}

/**
 * Who holds each statutory role (Head of Paid Service, section 151, Monitoring Officer, DCS, DASS,
 * Director of Public Health) before and after: the JNC panel must see that none falls vacant and
 * none is held twice.
 */
export function statutoryRoleRows(base: Structure, option: Structure): StatutoryRow[] {
	return STATUTORY_ROLES.map((role) => {
		const before = holders(base, role);
		const after = holders(option, role);
		const key = (list: { postId: string }[]) =>
			list
				.map((h) => h.postId)
				.sort()
				.join(',');
		return {
			role,
			name: STATUTORY_ROLE_NAMES[role],
			before,
			after,
			changed: key(before) !== key(after),
			heldOnceAfter: after.length === 1
		};
	});
}
