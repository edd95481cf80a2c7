import type { Structure } from '../model/types';

/**
 * Memoises a measure per structure object. Structures are immutable snapshots, so a measure of
 * one snapshot never changes; the measures that feed others (spans into the checks, the checks
 * into the summary) are computed once per snapshot. The result is frozen at its top level and in
 * its arrays, so a caller that sorts or edits it in place gets an error instead of corrupting
 * what the next caller sees: copy before sorting.
 */
export function memoisePerStructure<R extends object>(
	fn: (s: Structure) => R
): (s: Structure) => R {
	const cache = new WeakMap<Structure, R>();
	return (s) => {
		let r = cache.get(s);
		if (r === undefined) {
			r = freezeShallow(fn(s));
			cache.set(s, r);
		}
		return r;
	};
}

function freezeShallow<R extends object>(r: R): R {
	if (Array.isArray(r)) {
		for (const item of r) if (item && typeof item === 'object') freezeShallow(item);
	} else {
		for (const value of Object.values(r)) if (Array.isArray(value)) Object.freeze(value);
	}
	return Object.freeze(r);
}
