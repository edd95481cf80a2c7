import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { shownTo } from '$lib/server/payMasking';
import { lookUpKept, searchPosts } from '$lib/server/largeStructure';
import { routeStructureRef } from '$lib/server/resolve';
import type { RequestHandler } from './$types';

/**
 * Find posts by id or title: /api/structures/{id}@N/posts?q=text (an exact id first, then ids
 * starting with the text, then titles holding it; at most 20, or ?limit= up to 100).
 */
export const GET: RequestHandler = ({ params, url, locals }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) return problem(named.status, named.message);
	const looked = lookUpKept(named.ref, locals.user);
	if (!looked.ok) return problem(looked.status, looked.message);
	const q = url.searchParams.get('q') ?? '';
	const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit')) || 20));
	return json({
		query: q,
		posts: searchPosts(shownTo(looked.found.structure, locals.user), q, limit)
	});
};
