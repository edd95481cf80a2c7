import { liveRoleHolders } from '../postFacts';
import type { Check } from './types';

/** Local Government and Housing Act 1989, section 4: the Head of Paid Service, held by the Chief Executive. */
export const statutoryHeadOfPaidServiceIsCeo: Check = {
	key: 'statutory.hops-is-ceo',
	title: 'The Chief Executive is Head of Paid Service',
	severity: 'error',
	rule: () =>
		'The Head of Paid Service role is held by the Chief Executive (public record: Local Government and Housing Act 1989, section 4; the council’s constitution names the Chief Executive).',
	run(s) {
		return liveRoleHolders(s)
			.filter((p) => p.statutoryRoles.includes('head-of-paid-service') && p.id !== s.ceo)
			.map((p) => ({
				check: this.key,
				subject: p.id,
				message: `${p.title} holds the Head of Paid Service role, which is the ${s.posts.get(s.ceo)?.title ?? 'Chief Executive'}’s.`
			}));
	}
};
