import { liveRoleHolders } from '../postFacts';
import type { Check } from './types';

/** Local Government and Housing Act 1989, section 5: the Monitoring Officer may not be the s151 officer. */
export const statutoryMonitoringOfficerNotS151: Check = {
	key: 'statutory.mo-not-s151',
	title: 'Monitoring Officer is not the section 151 officer',
	severity: 'error',
	rule: () =>
		'The Monitoring Officer is not also the section 151 officer (public record: Local Government and Housing Act 1989, section 5).',
	run(s) {
		return liveRoleHolders(s)
			.filter(
				(p) => p.statutoryRoles.includes('monitoring-officer') && p.statutoryRoles.includes('s151')
			)
			.map((p) => ({
				check: this.key,
				subject: p.id,
				message: `${p.title} is both the Monitoring Officer and the section 151 officer; the Local Government and Housing Act 1989 (section 5) does not allow it.`
			}));
	}
};
