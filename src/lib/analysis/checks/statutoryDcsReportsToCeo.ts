import { liveRoleHolders } from '../postFacts';
import type { Check } from './types';

/** DfE statutory guidance: the DCS reports directly to the Chief Executive. */
export const statutoryDcsReportsToCeo: Check = {
	key: 'statutory.dcs-reports-to-ceo',
	title: 'Director of Children’s Services reports to the Chief Executive',
	severity: 'error',
	rule: () =>
		'The Director of Children’s Services reports directly to the Chief Executive (public record: DfE statutory guidance on the roles and responsibilities of the Director of Children’s Services and the Lead Member for Children’s Services).',
	run(s) {
		const ceo = s.posts.get(s.ceo);
		return liveRoleHolders(s)
			.filter((p) => p.statutoryRoles.includes('dcs') && p.id !== s.ceo && p.reportsTo !== s.ceo)
			.map((p) => ({
				check: this.key,
				subject: p.id,
				message: `${p.title} holds the Director of Children’s Services role but reports to ${s.posts.get(p.reportsTo ?? '')?.title ?? 'nobody'}, not to the ${ceo?.title ?? 'Chief Executive'}.`
			}));
	}
};
