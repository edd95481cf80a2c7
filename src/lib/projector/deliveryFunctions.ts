import { deliveryLead, deliveryFunctions, linksInto, unitTargets } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { nameOf, citeSourceText } from '$lib/words';
import type { DeliveryFunctionsSlide } from './types';

/** Units inside a unit (teams), so a function's services include its teams' services. */
function unitAndChildren(s: Structure, unitId: string): Set<string> {
	const out = new Set([unitId]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const u of Object.values(s.units))
			if (u.parent && out.has(u.parent) && !out.has(u.id)) {
				out.add(u.id);
				grew = true;
			}
	}
	return out;
}

/** Slide 4: each Delivery Function, who leads it, who sets its purpose, and its services. */
export function deliveryFunctionsSlide(b: Structure): DeliveryFunctionsSlide {
	const functions = deliveryFunctions(b).map((unit) => {
		const lead = deliveryLead(b, unit);
		const setters = [
			...new Set(
				unitTargets(b, unit).flatMap((t) =>
					linksInto(b, t, 'sets-purpose-for').map((l) => nameOf(b, l.from))
				)
			)
		];
		const units = unitAndChildren(b, unit.id);
		return {
			unitId: unit.id,
			name: unit.name,
			lead: lead ? nameOf(b, lead) : 'No lead post in the model',
			purposeSetter: setters.length ? setters.join(' and ') : 'No purpose-setter in the model',
			external: !!unit.external,
			services: Object.values(b.services)
				.filter((sv) => units.has(sv.unit))
				.map((sv) => sv.name)
		};
	});
	const services = functions.reduce((n, f) => n + f.services.length, 0);
	return {
		id: 'delivery-functions',
		title: 'The Delivery Functions and their services',
		subtitle: 'Each service sits in exactly one Delivery Function',
		functions,
		notes: [
			`${functions.length} Delivery Functions run ${services} services in “${b.name}”.`,
			`${citeSourceText('003', 'Appendix A section 3')} lists each Managing Director’s services; the Children’s Trust is not in-house and is commissioned by the Purpose Director: City Futures.`,
			'Ask the room: is any service in the wrong place? The “what if” slide can move it and show the effect.'
		]
	};
}
