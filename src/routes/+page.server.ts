import { listStructures } from '$lib/server/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ structures: listStructures() });
