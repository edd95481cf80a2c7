import { routesInto } from '../accountabilityRoutes';
import { deliveryFunctions } from './deliveryFunctions';
import type { Check, Violation } from './types';

export const deliveryPurposeSetter: Check = {
	key: 'delivery.purpose-setter',
	title: 'One purpose-setter for each delivery function',
	severity: 'error',
	rule: () =>
		'Each delivery function has exactly one post or body with a “sets purpose and measures for” link into the function or its head post.',
	run(s) {
		const out: Violation[] = [];
		for (const unit of deliveryFunctions(s)) {
			const setters = routesInto(s, unit.id).purposeSetters;
			if (setters.length === 1) continue;
			out.push({
				check: this.key,
				subject: unit.id,
				message:
					setters.length === 0
						? `${unit.name} has no purpose-setter.`
						: `${unit.name} has ${setters.length} purpose-setters: ${setters.map((r) => r.name).join(', ')}.`
			});
		}
		return out;
	}
};
