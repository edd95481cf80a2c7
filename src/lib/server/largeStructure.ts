import type { StructureRef } from '../model/structureRef';
import type { Structure } from '../model/types';
import { runChecks, summarise, type CheckResult, type StructureSummary } from '../analysis';
import { unitAggregates, type UnitAggregate } from '../analysis/unitAggregates';
import {
	findPosts,
	isLargeStructure,
	unitPosts,
	type PostBrief,
	type PostMatch
} from '../view/unitGraph';
import type { User } from './auth';
import { lookUpStructure, readableRights, type StructureLookup } from './resolve';
import { getStore, listStructures, type StoredStructure } from './store';

/**
 * Large structures (an imported establishment of thousands of posts) are sent to the browser
 * compact: the units with their figures and the headline measures, never the whole document, which
 * the browser fetches from the API only when the user starts editing. The measures of a large
 * structure are the heavy work here; they all go through `compactView`, so they can move off the
 * request thread in one place.
 *
 * Versions never change once saved, so a structure read for one request is kept (the last few)
 * for the next: opening a unit or searching must not read and parse 11,000 posts again.
 */

/** What a structure page of a large structure is sent in place of the structure. */
export interface CompactView {
	/** Live posts. */
	posts: number;
	summary: StructureSummary;
	checks: CheckResult[];
	units: Record<string, UnitAggregate>;
}

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

/** The compact view of a large structure, or undefined for a small one (sent whole). */
export function compactView(s: Structure): CompactView | undefined {
	if (!isLargeStructure(s)) return undefined;
	const summary = summarise(s);
	return {
		posts: summary.posts,
		// Plain data: the measures' objects may carry lazily computed properties.
		summary: JSON.parse(JSON.stringify(summary)),
		checks: JSON.parse(JSON.stringify(runChecks(s))),
		units: unitAggregates(s)
	};
}

/**
 * The structure as a large structure's page holds it until editing starts: everything but its
 * posts and links (the bulk), so names, dates, units and rules read as usual.
 */
export function structureShell(s: Structure): Structure {
	return { ...s, posts: {}, links: {} };
}

/** The posts sitting directly in one unit, or undefined when the structure has no such unit. */
export function unitContents(s: Structure, unit: string): PostBrief[] | undefined {
	return s.units[unit] ? unitPosts(s, unit) : undefined;
}

/** Posts found by id or title. */
export function searchPosts(s: Structure, query: string, limit = 20): PostMatch[] {
	return findPosts(s, query, limit);
}
