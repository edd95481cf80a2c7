import type { Structure, Unit } from '../../model/types';

const cache = new WeakMap<Structure, Unit[]>();

/** The units the delivery checks apply to (deliveryFunction: true), in structure order. */
export function deliveryFunctions(s: Structure): Unit[] {
	let units = cache.get(s);
	if (!units) {
		units = [];
		for (const id in s.units) if (s.units[id].deliveryFunction) units.push(s.units[id]);
		cache.set(s, units);
	}
	// A copy: callers may sort or filter it in place.
	return units.slice();
}
