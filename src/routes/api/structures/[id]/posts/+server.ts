import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { canSeePay } from '$lib/server/auth';
import { shownTo } from '$lib/server/payMasking';
import { askLarge, lookUpKept, searchPosts, storedVersion } from '$lib/server/largeStructure';
import { readableRights, routeStructureRef } from '$lib/server/resolve';
import type { RequestHandler } from './$types';

/**
 * Find posts by id or title: /api/structures/{id}@N/posts?q=text (an exact id first, then ids
 * starting with the text, then titles holding it; at most 20, or ?limit= up to 100).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) return problem(named.status, named.message);
	const { ref } = named;
	const q = url.searchParams.get('q') ?? '';
	const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit')) || 20));
	// A large structure is read and searched on a worker thread (see largeStructure.ts).
	const stored = readableRights(ref.id, locals.user) && storedVersion(ref.id, ref.version);
	const large =
		stored &&
		(await askLarge(ref.id, stored.version, !canSeePay(locals.user), {
			kind: 'search',
			query: q,
			limit
		}));
	if (stored && large && 'matches' in large) return json({ query: q, posts: large.matches });
	const looked = lookUpKept(ref, locals.user);
	if (!looked.ok) return problem(looked.status, looked.message);
	return json({
		query: q,
		posts: searchPosts(shownTo(looked.found.structure, locals.user), q, limit)
	});
};
