import { loadPair } from '../loadPair.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => loadPair(url, locals.user);
