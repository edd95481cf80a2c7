import { routesInto } from '../accountabilityRoutes';
import { deliveryFunctions } from './deliveryFunctions';
import type { Check, Violation } from './types';

/**
 * 003 (section 4) has the performance group hold the Managing Directors to account; a
 * commissioner or purpose director may hold a function to account too. Only a
 * 'holds-to-account' link counts: sitting in a meeting is not being held to account by it.
 */
export const deliveryPerformanceRoute: Check = {
	key: 'delivery.performance-route',
	title: 'A performance route for each delivery function',
	severity: 'error',
	rule: () =>
		'Each delivery function has a “holds to account” link (from a meeting such as the performance group, a post or a body) into the function or its head post.',
	run(s) {
		const out: Violation[] = [];
		for (const unit of deliveryFunctions(s)) {
			const r = routesInto(s, unit.id);
			if (r.performanceRoutes.length > 0) continue;
			out.push({
				check: this.key,
				subject: unit.id,
				message: `${unit.name} has no performance route: nothing holds ${r.head ? 'it or its head post' : 'it'} to account.`
			});
		}
		return out;
	}
};
