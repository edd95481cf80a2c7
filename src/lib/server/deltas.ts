import { createHash } from 'node:crypto';
import { canonicalJson } from './migrations.ts';

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

/** A top-level value: an object whose entries are kept apart, or any other value as one text. */
type Part =
	| { kind: 'value'; json: string; canonical?: string }
	| {
			kind: 'entries';
			ids: string[];
			json: Map<string, string>;
			/**
			 * Per id, the JSON text a `"id":<canonical JSON>` text was made from, shared by the parts
			 * of successive versions (an entry is reused only while its JSON text is the same).
			 */
			canonical: Map<string, { json: string; pair: string }>;
			/** The ids sorted, once worked out (the same array while the ids stay the same). */
			sorted?: string[];
			/** Ids whose text is not reused from the part this one was made from (`from`). */
			changed?: string[];
			from?: EntriesPart;
			/** The canonical text in blocks of sorted entries, joined by commas when hashed. */
			blocks?: string[];
	  };
type EntriesPart = Extract<Part, { kind: 'entries' }>;

export interface DocumentParts {
	/** Top-level keys in document order (those JSON keeps: undefined values are left out). */
	keys: string[];
	parts: Map<string, Part>;
	/** Length of the whole document's JSON. */
	length: number;
}

const isEntries = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Would JSON.stringify give `a` and `b` the same text? (Same keys in the same order, leaving out
 * undefined values, and the same values.) Cheaper than writing both out, and at once true for the
 * same object.
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		if (typeof a === 'number' && typeof b === 'number') {
			// Non-finite numbers are written as null, and -0 as 0 (which === already equates).
			return !Number.isFinite(a) && !Number.isFinite(b);
		}
		return false;
	}
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	// A Date or anything else that writes itself out: not plain data, so never called the same.
	if ('toJSON' in a || 'toJSON' in b) return false;
	if (Array.isArray(a)) {
		const bs = b as unknown[];
		if (a.length !== bs.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bs[i])) return false;
		return true;
	}
	const ao = a as Record<string, unknown>;
	const bo = b as Record<string, unknown>;
	const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
	const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
	if (ak.length !== bk.length) return false;
	for (let i = 0; i < ak.length; i++) {
		if (ak[i] !== bk[i] || !sameJson(ao[ak[i]], bo[bk[i]])) return false;
	}
	return true;
}

/** The document a set of parts was made from, so the next can reuse the texts of its records. */
export interface PreviousDocument {
	doc: object;
	parts: DocumentParts;
}

/**
 * Split a document into its parts: one JSON text per record, except that a record with the same
 * JSON as in `previous` (often the very same frozen object, after an edit through immer) reuses
 * its text, and an object that is the very same as in `previous` reuses its whole part.
 */
export function documentParts(doc: object, previous?: PreviousDocument): DocumentParts {
	const keys: string[] = [];
	const parts = new Map<string, Part>();
	let length = 2;
	const prevDoc = previous?.doc as Record<string, unknown> | undefined;
	for (const key of Object.keys(doc)) {
		const value = (doc as Record<string, unknown>)[key];
		let part: Part;
		const prevPart = previous?.parts.parts.get(key);
		if (isEntries(value)) {
			const prevValue = prevDoc?.[key];
			const old = prevPart?.kind === 'entries' && isEntries(prevValue) ? prevPart : undefined;
			if (old && prevValue === value && Object.isFrozen(value)) {
				part = old;
			} else {
				const ids: string[] = [];
				const json = new Map<string, string>();
				const changed: string[] = [];
				let kept = 0;
				for (const id of Object.keys(value)) {
					const v = value[id];
					const oldText = old?.json.get(id);
					let text: string | undefined;
					if (oldText !== undefined && sameJson(v, (prevValue as Record<string, unknown>)[id])) {
						text = oldText;
						kept++;
					} else {
						text = JSON.stringify(v) as string | undefined;
						if (text !== undefined) changed.push(id);
					}
					if (text === undefined) continue;
					ids.push(id);
					json.set(id, text);
				}
				part = { kind: 'entries', ids, json, canonical: old?.canonical ?? new Map() };
				// The same ids as before: their sorted order is the same too, and only the blocks
				// holding a changed entry need writing again.
				if (old?.sorted && ids.length === old.ids.length && kept + changed.length === ids.length) {
					const known = changed.every((id) => old.json.has(id));
					if (known) Object.assign(part, { sorted: old.sorted, changed, from: old });
				}
			}
			length += entriesLength(part);
		} else {
			const text = JSON.stringify(value) as string | undefined;
			if (text === undefined) continue;
			part =
				prevPart?.kind === 'value' && prevPart.json === text
					? prevPart
					: { kind: 'value', json: text };
			length += text.length;
		}
		keys.push(key);
		parts.set(key, part);
		length += JSON.stringify(key).length + 1;
	}
	length += Math.max(0, keys.length - 1);
	return { keys, parts, length };
}

const lengths = new WeakMap<EntriesPart, number>();
function entriesLength(part: EntriesPart): number {
	let n = lengths.get(part);
	if (n === undefined) {
		n = 2 + Math.max(0, part.ids.length - 1);
		for (const id of part.ids) n += JSON.stringify(id).length + 1 + part.json.get(id)!.length;
		lengths.set(part, n);
	}
	return n;
}

function entriesJson(part: EntriesPart): string {
	return `{${part.ids.map((id) => `${JSON.stringify(id)}:${part.json.get(id)}`).join(',')}}`;
}

/** The document's JSON, as JSON.stringify gives it. */
export function partsJson(d: DocumentParts): string {
	return `{${d.keys
		.map((k) => {
			const p = d.parts.get(k)!;
			return `${JSON.stringify(k)}:${p.kind === 'value' ? p.json : entriesJson(p)}`;
		})
		.join(',')}}`;
}

const BLOCK = 256;

/**
 * The canonical text of an object kept as entries, in blocks of BLOCK sorted entries: a block with
 * no changed entry since the part this one was made from is that part's block.
 */
function canonicalBlocks(p: EntriesPart): string[] {
	if (p.blocks) return p.blocks;
	const sorted = (p.sorted ??= [...p.ids].sort());
	const pair = (id: string): string => {
		const text = p.json.get(id)!;
		let c = p.canonical.get(id);
		if (c?.json !== text) {
			c = { json: text, pair: `${JSON.stringify(id)}:${canonicalJson(JSON.parse(text))}` };
			p.canonical.set(id, c);
		}
		return c.pair;
	};
	const block = (b: number): string => {
		const texts: string[] = [];
		for (let i = b * BLOCK; i < Math.min(sorted.length, (b + 1) * BLOCK); i++)
			texts.push(pair(sorted[i]));
		return texts.join(',');
	};
	const from = p.from?.blocks && p.from.sorted === sorted ? p.from : undefined;
	if (from && p.changed) {
		const blocks = from.blocks!.slice();
		for (const id of p.changed) {
			// Binary search: the default sort and `<` both order by UTF-16 code units.
			let lo = 0;
			let hi = sorted.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (sorted[mid] < id) lo = mid + 1;
				else hi = mid;
			}
			const b = Math.floor(lo / BLOCK);
			blocks[b] = block(b);
		}
		p.blocks = blocks;
	} else {
		p.blocks = Array.from({ length: Math.ceil(sorted.length / BLOCK) }, (_, b) => block(b));
	}
	return p.blocks;
}

/**
 * The sha256 of the document's canonical JSON (what `documentHash` gives), built from its parts so
 * that records whose text is unchanged since the parts they were made from reuse their canonical
 * text.
 */
export function partsHash(d: DocumentParts): string {
	const hash = createHash('sha256');
	const keys = [...d.keys].sort();
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i];
		const p = d.parts.get(k)!;
		hash.update(`${i ? ',' : '{'}${JSON.stringify(k)}:`);
		if (p.kind === 'value') {
			p.canonical ??= canonicalJson(JSON.parse(p.json));
			hash.update(p.canonical);
		} else {
			const blocks = canonicalBlocks(p);
			hash.update('{');
			for (let b = 0; b < blocks.length; b++) hash.update(b ? `,${blocks[b]}` : blocks[b]);
			hash.update('}');
		}
	}
	hash.update(keys.length ? '}' : '{}');
	return hash.digest('hex');
}

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
