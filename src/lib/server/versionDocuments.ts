import type Database from 'better-sqlite3';
import { freeze } from 'immer';
import { fromDocument, toDocument, type StructureDocument } from '../model/structureDocument';
import type { Structure } from '../model/types';
import {
	applyDelta,
	applyDeltaShared,
	diffParts,
	documentParts,
	partsHash,
	partsJson,
	type Delta,
	type DocumentParts
} from './deltas.ts';

/**
 * The documents of versions. A version's `document` column holds either the whole document
 * (`delta_base` NULL) or a delta against version `delta_base` (see deltas.ts), so a one-post edit
 * of a 12,000-post structure adds a few hundred bytes, not megabytes. A version is stored whole
 * when the deltas since the last whole one would add up to more than the document itself, and at
 * least every FULL_EVERY versions: reading any version then reads at most about twice the
 * document's size, and the deltas never cost more space than the whole documents.
 *
 * The latest documents read or written are kept (deep-frozen, so they can be handed out as they
 * are; the JSON form, with the Structure made from it on first read), each with its parts, so the next save of a structure compares record texts instead of
 * reading and parsing the previous version again. Versions never change, so an entry never goes
 * stale; entries made inside a transaction are kept only once it has committed.
 */
export const FULL_EVERY = 256;
const CACHE_SIZE = 6;

interface Entry {
	/** Parsed and frozen on first read when the entry was made from parts. */
	doc?: StructureDocument;
	/** The document as a Structure (its posts a Map sharing the document's post records). */
	structure?: Structure;
	parts?: DocumentParts;
	/** Deltas since the last whole document (0: this version is stored whole), and their length. */
	chain: number;
	chainBytes: number;
}

/** What a new version's row holds, and the entry it will be cached as. */
export interface Encoded {
	document: string;
	deltaBase: number | null;
	hash: string;
}

export type Documents = ReturnType<typeof createDocuments>;

/**
 * Deep-freeze a document made by applyDeltaShared: its shared records are frozen already, so only
 * the new objects need walking (immer's deep freeze would visit every record to find that out).
 */
function freezeShared<T extends object>(doc: T): T {
	for (const value of Object.values(doc)) {
		if (value === null || typeof value !== 'object' || Object.isFrozen(value)) continue;
		if (Array.isArray(value)) freeze(value, true);
		else {
			for (const v of Object.values(value as object)) freeze(v, true);
			Object.freeze(value);
		}
	}
	return Object.freeze(doc);
}

export function createDocuments(db: Database.Database) {
	const row = db.prepare<[string, number], { document: string; delta_base: number | null }>(
		'SELECT document, delta_base FROM versions WHERE structure_id = ? AND version = ?'
	);
	const cache = new Map<string, Entry>();
	const pending = new Map<string, Entry>();
	const key = (id: string, version: number) => `${id}@${version}`;

	function remember(k: string, entry: Entry): void {
		cache.delete(k);
		cache.set(k, entry);
		while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	}

	function cached(id: string, version: number): Entry | undefined {
		// Entries held for a transaction that is over without `transaction` keeping them (one run
		// some other way, or rolled back) may name rows that were never committed: drop them.
		if (pending.size && !db.inTransaction) pending.clear();
		const k = key(id, version);
		const entry = pending.get(k) ?? cache.get(k);
		if (entry && !pending.has(k)) remember(k, entry);
		return entry;
	}

	function docOf(entry: Entry): StructureDocument {
		entry.doc ??= freeze(JSON.parse(partsJson(entry.parts!)) as StructureDocument, true);
		return entry.doc;
	}

	function structureOf(entry: Entry): Structure {
		if (!entry.structure) {
			const s = fromDocument(docOf(entry));
			freeze(s.posts);
			entry.structure = Object.freeze(s);
		}
		return entry.structure;
	}

	/**
	 * Rebuild a version: walk back to a whole document (or one in the cache), then apply the
	 * deltas forward. Undefined when the version is not there.
	 */
	function load(id: string, version: number): Entry | undefined {
		const deltas: Delta[] = [];
		let chain = 0;
		let chainBytes = 0;
		let start: StructureDocument | undefined;
		let mutable: Record<string, unknown> | undefined;
		for (let v: number | null = version; ;) {
			const hit = v === version ? undefined : cached(id, v);
			if (hit) {
				start = docOf(hit);
				chain = hit.chain;
				chainBytes = hit.chainBytes;
				break;
			}
			const r = row.get(id, v);
			if (!r) {
				if (v === version) return undefined;
				throw new Error(`${id} version ${version} rests on version ${v}, which is missing`);
			}
			if (r.delta_base === null) {
				mutable = JSON.parse(r.document) as Record<string, unknown>;
				break;
			}
			deltas.push(JSON.parse(r.document) as Delta);
			chainBytes += r.document.length;
			v = r.delta_base;
		}
		chain += deltas.length;
		let doc: StructureDocument;
		if (mutable) {
			for (let i = deltas.length - 1; i >= 0; i--) applyDelta(mutable, deltas[i]);
			doc = freeze(mutable as unknown as StructureDocument, true);
		} else {
			doc = start!;
			for (let i = deltas.length - 1; i >= 0; i--) doc = applyDeltaShared(doc, deltas[i]);
			doc = freezeShared(doc);
		}
		const entry: Entry = { doc, chain, chainBytes };
		// Read inside a transaction, the row may be one it wrote: kept only if it commits.
		if (db.inTransaction) pending.set(key(id, version), entry);
		else remember(key(id, version), entry);
		return entry;
	}

	function entry(id: string, version: number): Entry | undefined {
		return cached(id, version) ?? load(id, version);
	}

	/** The document of a version (deep-frozen), or undefined when there is no such version. */
	function read(id: string, version: number): Structure | undefined {
		const e = entry(id, version);
		return e && structureOf(e);
	}

	/** A document's parts, reusing the cached parts when the document is a cached one. */
	function partsOf(structure: Structure): DocumentParts {
		for (const e of [...pending.values(), ...cache.values()]) {
			if (e.structure === structure && e.parts) return e.parts;
		}
		return documentParts(toDocument(structure));
	}

	/**
	 * Encode version `version` of `id` (whole or as a delta against `version - 1`) and hold its
	 * entry until `commit`. Call inside the transaction that inserts the row.
	 */
	function encode(
		id: string,
		version: number,
		parts: DocumentParts,
		hash?: string
	): Encoded & { delta: boolean } {
		const base = version > 1 ? entry(id, version - 1) : undefined;
		if (base) base.parts ??= documentParts(docOf(base));
		const documentHashText = hash ?? partsHash(parts);
		const delta = base?.parts && diffParts(base.parts, parts);
		const useDelta =
			delta !== undefined &&
			base!.chain + 1 < FULL_EVERY &&
			base!.chainBytes + delta.length <= parts.length;
		const next: Entry = useDelta
			? { parts, chain: base!.chain + 1, chainBytes: base!.chainBytes + delta.length }
			: { parts, chain: 0, chainBytes: 0 };
		// Built from the previous document, untouched records shared, when the delta holds.
		if (delta !== undefined && base?.doc) {
			next.doc = freezeShared(applyDeltaShared(base.doc, JSON.parse(delta) as Delta));
		}
		pending.set(key(id, version), next);
		return {
			document: useDelta ? delta : partsJson(parts),
			deltaBase: useDelta ? version - 1 : null,
			hash: documentHashText,
			delta: useDelta
		};
	}

	/** Run `fn` in an immediate transaction; the entries it encoded are kept once it commits. */
	function transaction<T>(fn: () => T): T {
		if (db.inTransaction) return fn();
		try {
			const result = db.transaction(fn).immediate();
			for (const [k, e] of pending) remember(k, e);
			return result;
		} finally {
			pending.clear();
		}
	}

	/**
	 * A document to be saved on top of `baseVersion`, as parts (records unchanged since that version
	 * reuse its texts) with the hash it will be stored with.
	 */
	function prepare(
		id: string,
		baseVersion: number,
		structure: Structure
	): { parts: DocumentParts; hash: string } {
		const base = entry(id, baseVersion);
		if (base) base.parts ??= documentParts(docOf(base));
		const parts = documentParts(
			toDocument(structure),
			base && { doc: docOf(base), parts: base.parts! }
		);
		return { parts, hash: partsHash(parts) };
	}

	return { read, partsOf, encode, transaction, prepare };
}
