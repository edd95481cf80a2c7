/**
 * A version's document as parts, and the delta between two versions. A document is plain data
 * whose top-level objects are records keyed by id (posts, units…), so a one-post edit changes one
 * entry of one record: a delta lists, per top-level key, the entries set and the entries removed,
 * each as the JSON text it has in the whole document.
 *
 * Exactness: applying a delta to the previous version gives back the document with the same keys
 * in the same order (JSON.stringify gives the same text), so a delta is only offered when that
 * holds (see `diffParts`); otherwise the version is stored whole.
 */

import { entriesJson, type DocumentParts } from './documentParts.ts';

// The parts of a document and their hash are ideas of their own; their callers import them from
// here, with the deltas built on them.
export {
	documentParts,
	partsJson,
	sameJson,
	type DocumentParts,
	type PreviousDocument
} from './documentParts.ts';
export { partsHash } from './partsHash.ts';

/** The delta from one version to the next, as stored (JSON text). */
export interface Delta {
	/** Format marker. */
	delta: 1;
	/** Top-level values replaced or added, whole. */
	set?: Record<string, unknown>;
	/** Top-level keys removed. */
	unset?: string[];
	/** Per top-level object: entries replaced or added, entries removed. */
	entries?: Record<string, { set?: Record<string, unknown>; unset?: string[] }>;
}

/**
 * Would `order` (the new keys) come out of `before` (the old keys) with `removed` deleted and the
 * rest assigned in order? Integer-like keys sort first in a JS object, so this asks an object.
 */
function keepsOrder(before: string[], after: string[], removed: Set<string>): boolean {
	const known = new Set(before);
	const added = after.some((k) => !known.has(k));
	if (!added && removed.size === 0) return sameList(before, after);
	const sim: Record<string, 1> = {};
	for (const k of before) sim[k] = 1;
	for (const k of removed) delete sim[k];
	for (const k of after) sim[k] = 1;
	return sameList(Object.keys(sim), after);
}

function sameList(a: string[], b: string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * The delta that turns `before` into `after` as JSON text, or undefined when applying it would not
 * give `after`'s key order back (the version is then stored whole).
 */
export function diffParts(before: DocumentParts, after: DocumentParts): string | undefined {
	const set: string[] = [];
	const unset = before.keys.filter((k) => !after.parts.has(k));
	const entries: string[] = [];
	if (!keepsOrder(before.keys, after.keys, new Set(unset))) return undefined;
	for (const k of after.keys) {
		const p = after.parts.get(k)!;
		const old = before.parts.get(k);
		if (p.kind === 'entries' && old?.kind === 'entries') {
			const removed = old.ids.filter((id) => !p.json.has(id));
			if (!keepsOrder(old.ids, p.ids, new Set(removed))) return undefined;
			const changed: string[] = [];
			for (const id of p.ids) {
				const text = p.json.get(id)!;
				if (old.json.get(id) !== text) changed.push(`${JSON.stringify(id)}:${text}`);
			}
			if (changed.length === 0 && removed.length === 0) continue;
			const fields = [];
			if (changed.length) fields.push(`"set":{${changed.join(',')}}`);
			if (removed.length) fields.push(`"unset":${JSON.stringify(removed)}`);
			entries.push(`${JSON.stringify(k)}:{${fields.join(',')}}`);
			continue;
		}
		const text = p.kind === 'value' ? p.json : entriesJson(p);
		const oldText = old === undefined ? undefined : old.kind === 'value' ? old.json : undefined;
		if (text !== oldText) set.push(`${JSON.stringify(k)}:${text}`);
	}
	const fields = ['"delta":1'];
	if (set.length) fields.push(`"set":{${set.join(',')}}`);
	if (unset.length) fields.push(`"unset":${JSON.stringify(unset)}`);
	if (entries.length) fields.push(`"entries":{${entries.join(',')}}`);
	return `{${fields.join(',')}}`;
}

/** Apply a delta to a document in place (the document must not be frozen). */
export function applyDelta(doc: Record<string, unknown>, delta: Delta): void {
	for (const k of delta.unset ?? []) delete doc[k];
	for (const [k, v] of Object.entries(delta.set ?? {})) doc[k] = v;
	for (const [k, change] of Object.entries(delta.entries ?? {})) {
		const target = doc[k] as Record<string, unknown>;
		for (const id of change.unset ?? []) delete target[id];
		for (const [id, v] of Object.entries(change.set ?? {})) target[id] = v;
	}
}

/**
 * Apply a delta to a frozen document without touching it: a new top level and new objects for the
 * collections it changes; every untouched record is the same object as before.
 */
export function applyDeltaShared<T extends object>(doc: T, delta: Delta): T {
	const next = { ...doc } as Record<string, unknown>;
	for (const k of Object.keys(delta.entries ?? {})) {
		next[k] = { ...(next[k] as Record<string, unknown>) };
	}
	applyDelta(next, delta);
	return next as T;
}
