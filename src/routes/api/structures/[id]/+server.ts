import { json } from '@sveltejs/kit';
import { routeStructure } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** One structure at its latest version, or at a version: /api/structures/id@N (or ?version=N). */
export const GET: RequestHandler = ({ params, url }) => {
	const named = routeStructure(params.id, url);
	return named.ok ? json(named.found) : named.response;
};
