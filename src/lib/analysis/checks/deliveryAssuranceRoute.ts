import { routesInto } from '../accountabilityRoutes';
import { deliveryFunctions } from './deliveryFunctions';
import type { Check, Violation } from './types';

/**
 * An assurance route is an 'assures' link into the function or its head post, from a meeting
 * (the assurance group), a post or a body. Attending a meeting that assures others does not
 * count, and neither do the words in a meeting's name: the model says who assures whom by links.
 */
export const deliveryAssuranceRoute: Check = {
	key: 'delivery.assurance-route',
	title: 'An assurance route for each delivery function',
	severity: 'error',
	rule: () =>
		'Each delivery function has an “assures” link (from a meeting such as the assurance group, a post or a body) into the function or its head post.',
	run(s) {
		const out: Violation[] = [];
		for (const unit of deliveryFunctions(s)) {
			const r = routesInto(s, unit.id);
			if (r.assuranceRoutes.length > 0) continue;
			out.push({
				check: this.key,
				subject: unit.id,
				message: `${unit.name} has no assurance route: nothing assures ${r.head ? 'it or its head post' : 'it'}.`
			});
		}
		return out;
	}
};
