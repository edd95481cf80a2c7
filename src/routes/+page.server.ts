import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { visibleStructures } from '$lib/server/resolve';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// A large structure's measures are worked out on a worker thread, not the request thread.
	await summariseLargeOffThread();
	return { structures: visibleStructures(locals.user) };
};
