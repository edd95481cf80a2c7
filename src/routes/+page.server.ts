import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { listStructures } from '$lib/server/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	// A large structure's measures are worked out on a worker thread, not the request thread.
	await summariseLargeOffThread();
	return { structures: listStructures() };
};
