import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { canSeePay } from '$lib/server/auth';
import { shownTo } from '$lib/server/payMasking';
import { askLarge, lookUpKept, storedVersion, unitContents } from '$lib/server/largeStructure';
import { readableRights, routeStructureRef } from '$lib/server/resolve';
import type { RequestHandler } from './$types';

/**
 * The posts sitting directly in one unit (not its sub-units), as the graph of a large structure
 * draws them when the unit is opened: /api/structures/{id}@N/units/{unit}.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) return problem(named.status, named.message);
	const { ref } = named;
	// A large structure is read and searched on a worker thread (see largeStructure.ts).
	const stored = readableRights(ref.id, locals.user) && storedVersion(ref.id, ref.version);
	const large =
		stored &&
		(await askLarge(ref.id, stored.version, !canSeePay(locals.user), {
			kind: 'unit',
			unit: params.unit
		}));
	if (stored && large && 'posts' in large) {
		if (!large.posts) return problem(404, `Structure “${params.id}” has no unit “${params.unit}”.`);
		return json({ unit: params.unit, version: stored.version, posts: large.posts });
	}
	const looked = lookUpKept(ref, locals.user);
	if (!looked.ok) return problem(looked.status, looked.message);
	const posts = unitContents(shownTo(looked.found.structure, locals.user), params.unit);
	if (!posts) return problem(404, `Structure “${params.id}” has no unit “${params.unit}”.`);
	return json({ unit: params.unit, version: looked.found.version, posts });
};
