import type { Check, Violation } from './types';

/**
 * A service sits in one unit by construction (Service.unit is a single id), so what can go wrong
 * is a unit that does not exist. Services held in the Council Core or in a directorate that is not
 * marked as a delivery function are NOT flagged: in 2020 services sat in directorates, and in 2021
 * the Core runs support services (communications, finance). The compare view shows where each
 * service sits; this check only catches a service that sits nowhere.
 */
export const serviceInDeliveryUnit: Check = {
	key: 'service.in-delivery-unit',
	title: 'Each service sits in a unit',
	severity: 'error',
	rule: () => 'Each service sits in exactly one unit that exists in the structure.',
	run(s) {
		const out: Violation[] = [];
		for (const service of Object.values(s.services))
			if (!s.units[service.unit])
				out.push({
					check: this.key,
					subject: service.id,
					message: `${service.name} sits in unit '${service.unit}', which is not in the structure.`
				});
		return out;
	}
};
