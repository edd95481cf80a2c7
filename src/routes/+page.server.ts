import { visibleStructures } from '$lib/server/resolve';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	structures: visibleStructures(locals.user)
});
