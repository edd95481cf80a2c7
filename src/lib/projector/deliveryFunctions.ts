import { deliveryLead, deliveryFunctions, linksInto, unitTargets } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { citeSourceText, formatNumber, nameOf } from '$lib/words';
import { CHART_AREAS, slideChart } from './slideChart';
import type { DeliveryFunction, DeliveryFunctionsSlide } from './types';

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

/**
 * The line from the Chief Executive down to each function's lead, the lead's box saying how many
 * services it runs ("12 services", "1 service (not in-house)").
 */
function leadsChart(b: Structure, functions: DeliveryFunction[]) {
	const only = new Set<string>();
	const details: Record<string, string> = {};
	const counts = new Map<string, { n: number; external: boolean }>();
	let tiers = 2;
	for (const f of functions) {
		if (!f.leadId) continue;
		const c = counts.get(f.leadId) ?? { n: 0, external: false };
		counts.set(f.leadId, { n: c.n + f.services.length, external: c.external || f.external });
		// The lead and every manager above it, up to the Chief Executive.
		let depth = 1;
		const seen = new Set<string>();
		for (
			let id: string | undefined = f.leadId;
			id && !seen.has(id);
			id = b.posts.get(id)?.reportsTo
		) {
			seen.add(id);
			only.add(id);
			depth++;
		}
		tiers = Math.max(tiers, depth - 1);
	}
	for (const [id, { n, external }] of counts)
		details[id] =
			`${formatNumber(n)} service${n === 1 ? '' : 's'}${external ? ' (not in-house)' : ''}`;
	return slideChart(b, { area: CHART_AREAS.besideList, tiers, only, details });
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
			...(lead ? { leadId: lead } : {}),
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
	const line = leadsChart(b, functions);
	return {
		id: 'delivery-functions',
		title: 'The Delivery Functions and their services',
		subtitle: 'Each service sits in exactly one Delivery Function',
		functions,
		chart: line,
		notes: [
			`${functions.length} Delivery Functions run ${services} services in “${b.name}”.`,
			`${citeSourceText('003', 'Appendix A section 3')} lists each Managing Director’s services; the Children’s Trust is not in-house and is commissioned by the Purpose Director: City Futures.`,
			'Ask the room: is any service in the wrong place? The “what if” slide can move it and show the effect.'
		]
	};
}
