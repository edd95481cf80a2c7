import type { StructureRef } from '../model/structureRef';
import type { Structure } from '../model/types';
import {
	findPosts,
	isLargeStructure,
	unitPosts,
	type PostBrief,
	type PostMatch
} from '../view/unitGraph';
import type { User } from './auth';
import type { LargeAnswer, LargeAsk } from './largeView';
import { lookUpStructure, readableRights, type StructureLookup } from './resolve';
import { getStore, listStructures, type StoredStructure } from './store';
import { runTask } from './workers/pool';

export { compactView, structureShell, type CompactView, type LargeView } from './largeView';

/**
 * Large structures (an imported establishment of thousands of posts) are sent to the browser
 * compact: the units with their figures and the headline measures, never the whole document, which
 * the browser fetches from the API only when the user starts editing. Reading the document and
 * working out its measures are the heavy work here; for a large document both happen on a worker
 * thread (askLarge), which keeps the documents it read, so the request thread never parses one.
 *
 * Versions never change once saved, so a structure read for one request is kept (the last few)
 * for the next: opening a unit or searching must not read and parse 11,000 posts again.
 */

const KEPT = 3;
const kept = new Map<string, StoredStructure>();

/** The structure a reference names (cached by store, id and version), or why there is none. */
export function lookUpKept(ref: StructureRef, user: User | undefined): StructureLookup {
	// Rights first: a kept copy is never handed to someone who may not read it.
	const rights = readableRights(ref.id, user);
	if (!rights) return lookUpStructure(ref, user);
	const version =
		ref.version ?? listStructures().find((s) => s.id === ref.id)?.latestVersion ?? undefined;
	const key = `${getStore().dataDir}\n${ref.id}@${version}`;
	const hit = version === undefined ? undefined : kept.get(key);
	if (hit) {
		// Most recently used last, so the oldest goes first.
		kept.delete(key);
		kept.set(key, hit);
		return { ok: true, found: hit, rights };
	}
	const looked = lookUpStructure(ref, user);
	if (looked.ok && isLargeStructure(looked.found.structure)) {
		kept.set(`${getStore().dataDir}\n${ref.id}@${looked.found.version}`, looked.found);
		while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
	}
	return looked;
}

/** The posts sitting directly in one unit, or undefined when the structure has no such unit. */
export function unitContents(s: Structure, unit: string): PostBrief[] | undefined {
	return s.units[unit] ? unitPosts(s, unit) : undefined;
}

/** Posts found by id or title. */
export function searchPosts(s: Structure, query: string, limit = 20): PostMatch[] {
	return findPosts(s, query, limit);
}

/** Stored documents smaller than this are never large structures (400 posts take far more). */
const SMALL_DOCUMENT = 32 * 1024;
/** Versions known to be small structures, so they are not sent to a worker again. */
const knownSmall = new Set<string>();

/** A version's rows, the whole document first and then each delta after it (or their length). */
function versionChain(id: string, version: number, lengthOnly: true): number | undefined;
function versionChain(id: string, version: number, lengthOnly?: false): string[] | undefined;
function versionChain(id: string, version: number, lengthOnly = false) {
	const row = getStore().db.prepare<
		[string, number],
		{ document: string | number; base: number | null }
	>(
		`SELECT ${lengthOnly ? 'length(document)' : 'document'} AS document, delta_base AS base
		 FROM versions WHERE structure_id = ? AND version = ?`
	);
	const rows: string[] = [];
	let bytes = 0;
	for (let v: number | null = version; v !== null;) {
		const r = row.get(id, v);
		if (!r) return undefined;
		if (typeof r.document === 'number') bytes += r.document;
		else rows.push(r.document);
		v = r.base;
	}
	return lengthOnly ? bytes : rows.reverse();
}

/** A stored version's facts without its document, or undefined when there is no such version. */
export function storedVersion(
	id: string,
	version?: number
): Omit<StoredStructure, 'structure'> | undefined {
	const db = getStore().db;
	const s = db
		.prepare<
			[string],
			{ built_in: number; derived_from_version: number | null; latest: number | null }
		>(
			`SELECT built_in, derived_from_version,
			        (SELECT MAX(version) FROM versions WHERE structure_id = s.id) AS latest
			 FROM structures s WHERE id = ?`
		)
		.get(id);
	if (!s || s.latest === null) return undefined;
	const v = db
		.prepare<[string, number], { version: number; created_at: string }>(
			'SELECT version, created_at FROM versions WHERE structure_id = ? AND version = ?'
		)
		.get(id, version ?? s.latest);
	if (!v) return undefined;
	return {
		version: v.version,
		builtIn: s.built_in === 1,
		latestVersion: s.latest,
		createdAt: v.created_at,
		...(s.derived_from_version !== null ? { derivedFromVersion: s.derived_from_version } : {})
	};
}

/**
 * Ask a worker thread about a large structure's version (its page, a unit's posts, a search), the
 * document read and parsed there, never on the request thread. Undefined when the version is a
 * small structure (or not there): the caller then answers in-thread as for any structure. Check
 * the person's right to read it first.
 */
export async function askLarge(
	id: string,
	version: number,
	maskPay: boolean,
	ask: LargeAsk
): Promise<Exclude<LargeAnswer, { needsDocument: true } | { small: true }> | undefined> {
	const key = `${getStore().dataDir}\n${id}@${version}`;
	if (knownSmall.has(key)) return undefined;
	const bytes = versionChain(id, version, true);
	if (bytes === undefined) return undefined;
	if (bytes < SMALL_DOCUMENT) {
		knownSmall.add(key);
		return undefined;
	}
	let answer = await runTask('askLarge', { key, maskPay, ask });
	if ('needsDocument' in answer) {
		const chain = versionChain(id, version);
		if (!chain) return undefined;
		answer = await runTask('askLarge', { key, chain, maskPay, ask });
	}
	if ('needsDocument' in answer) return undefined;
	if ('small' in answer) {
		knownSmall.add(key);
		return undefined;
	}
	return answer;
}
