import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { visibleStructures } from '$lib/server/resolve';
import { LARGE_STRUCTURE_POSTS } from '$lib/view/unitGraph';
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
			.map((s) => s.id)
	};
};
