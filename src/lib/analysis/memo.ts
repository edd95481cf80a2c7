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
	// Frozen already: an entry carried over from the snapshot before (see spanOfControl), whose
	// arrays were frozen with it.
	if (Object.isFrozen(r)) return r;
	if (Array.isArray(r)) {
		for (const item of r) if (item && typeof item === 'object') freezeShallow(item);
	} else {
		// Data properties only: a lazy property (see lazyProperty) is not built by freezing.
		for (const key of Object.keys(r)) {
			const d = Object.getOwnPropertyDescriptor(r, key);
			if (d && 'value' in d && Array.isArray(d.value)) Object.freeze(d.value);
		}
	}
	return Object.freeze(r);
}

/**
 * Defines `key` on `target` as an enumerable property built by `make` on first read, then kept
 * (frozen, when it is an array or a record). For per-post views of a measure (a row per post,
 * a record keyed by post id) that the measure itself does not need: on a large establishment
 * building them is most of the work and most callers never read them. The property reads like
 * any other (spread, JSON, structuredClone and devalue all see its value).
 */
export function lazyProperty<T extends object, K extends PropertyKey, V extends object>(
	target: T,
	key: K,
	make: () => V
): T & Record<K, V> {
	let value: V | undefined;
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: false,
		get() {
			if (value === undefined) value = Object.freeze(make());
			return value;
		}
	});
	return target as T & Record<K, V>;
}
