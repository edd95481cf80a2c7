import { routesInto } from '../accountabilityRoutes';
import { deliveryFunctions } from './deliveryFunctions';
import type { Check, Violation } from './types';

export const deliveryMemberInterface: Check = {
	key: 'delivery.member-interface',
	title: 'A member interface for each delivery function',
	severity: 'error',
	rule: () =>
		'Each delivery function has a “member interface” link (a Cabinet Member or Scrutiny Chair) into it or its head post.',
	run(s) {
		const out: Violation[] = [];
		for (const unit of deliveryFunctions(s)) {
			if (routesInto(s, unit.id).memberInterfaces.length > 0) continue;
			out.push({
				check: this.key,
				subject: unit.id,
				message: `${unit.name} has no member interface.`
			});
		}
		return out;
	}
};
