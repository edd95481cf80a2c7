import { STATUTORY_ROLES, STATUTORY_ROLE_NAMES } from '../../model/types';
import type { StatutoryRole } from '../../model/types';
import { liveRoleHolders } from '../postFacts';
import type { Check, Violation } from './types';

export const statutoryHeldOnce: Check = {
	key: 'statutory.held-once',
	title: 'Each statutory role held once',
	severity: 'error',
	rule: () =>
		'Each statutory role (Head of Paid Service, section 151 officer, Monitoring Officer, DCS, DASS, Director of Public Health) is held by exactly one live post.',
	run(s) {
		const holders = new Map<StatutoryRole, string[]>(STATUTORY_ROLES.map((r) => [r, []]));
		for (const post of liveRoleHolders(s)) {
			for (const role of post.statutoryRoles) holders.get(role)?.push(post.title);
		}
		const out: Violation[] = [];
		for (const role of STATUTORY_ROLES) {
			const posts = holders.get(role)!;
			if (posts.length === 1) continue;
			out.push({
				check: this.key,
				subject: role,
				message:
					posts.length === 0
						? `No live post holds the ${STATUTORY_ROLE_NAMES[role]} role.`
						: `The ${STATUTORY_ROLE_NAMES[role]} role is held by ${posts.length} posts: ${posts.join(', ')}.`
			});
		}
		return out;
	}
};
