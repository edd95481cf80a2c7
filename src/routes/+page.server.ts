import { sameCostAs } from '$lib/analysis';
import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { lookUpStructure, visibleStructures } from '$lib/server/resolve';
import type { StructureListing } from '$lib/server/storeTypes';
import type { User } from '$lib/server/auth';
import { LARGE_STRUCTURE_POSTS } from '$lib/view/unitGraph';
import { sameCostWords } from '$lib/words';
import type { Structure } from '$lib/model/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// A large structure's measures are worked out on a worker thread, not the request thread.
	await summariseLargeOffThread();
	const structures = visibleStructures(locals.user);
	return {
		structures,
		// Whole-council establishments (imported, not themselves derived): a senior option can be
		// laid over each.
		establishments: structures
			.filter((s) => !s.builtIn && !s.derivedFrom && s.summary.posts > LARGE_STRUCTURE_POSTS)
			.map((s) => s.id),
		sameCost: sameCostNotes(structures, locals.user)
	};
};

/**
 * For each derived structure that costs what its base costs, what differs instead: options listed
 * at the same £4,900,317 say that only their reporting lines differ. Small structures only (a
 * large one's diff is left to compare).
 */
function sameCostNotes(
	structures: StructureListing[],
	user: User | undefined
): Record<string, string> {
	const byId = new Map(structures.map((s) => [s.id, s]));
	const notes: Record<string, string> = {};
	for (const s of structures) {
		const base = s.derivedFrom ? byId.get(s.derivedFrom) : undefined;
		if (!base || base.summary.annualCost !== s.summary.annualCost) continue;
		if (Math.max(s.summary.posts, base.summary.posts) > LARGE_STRUCTURE_POSTS) continue;
		const a = lookUpStructure(base.id, user);
		const b = lookUpStructure(s.id, user);
		if (!a.ok || !b.ok) continue;
		const note = sameCostNote(a.found.structure, b.found.structure);
		if (note) notes[s.id] = note;
	}
	return notes;
}

/** Stored versions never change, and the store hands back the same objects: work each pair out once. */
const noted = new WeakMap<Structure, { base: Structure; note: string | undefined }>();

function sameCostNote(base: Structure, option: Structure): string | undefined {
	const kept = noted.get(option);
	if (kept?.base === base) return kept.note;
	const d = sameCostAs(base, option);
	const note = d ? sameCostWords(base.name, d) : undefined;
	noted.set(option, { base, note });
	return note;
}
