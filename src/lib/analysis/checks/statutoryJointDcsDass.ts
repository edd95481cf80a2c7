import { liveRoleHolders } from '../postFacts';
import type { Check } from './types';

/** DCSF and DH guidance (2008): a joint DCS and DASS post needs a stated justification. */
export const statutoryJointDcsDass: Check = {
	key: 'statutory.joint-dcs-dass',
	title: 'A joint DCS and DASS post is justified',
	severity: 'warning',
	rule: () =>
		'A post holding both the Director of Children’s Services and the Director of Adult Social Services roles is flagged for its justification to be recorded (public record: DCSF and Department of Health guidance, 2008, on combining the two roles).',
	run(s) {
		return liveRoleHolders(s)
			.filter((p) => p.statutoryRoles.includes('dcs') && p.statutoryRoles.includes('dass'))
			.map((p) => ({
				check: this.key,
				subject: p.id,
				message: `${p.title} holds both the Director of Children’s Services and the Director of Adult Social Services roles; record why one post can carry both.`
			}));
	}
};
