/**
 * A version's document as parts: one JSON text per entry of each top-level record (posts,
 * units…), and one text for any other top-level value, so that the next version reuses the texts
 * of the records an edit left alone. Re-exported by deltas.ts, which diffs two documents' parts.
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
export type EntriesPart = Extract<Part, { kind: 'entries' }>;

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

export function entriesJson(part: EntriesPart): string {
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
