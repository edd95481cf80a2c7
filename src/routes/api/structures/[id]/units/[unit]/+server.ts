import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { shownTo } from '$lib/server/payMasking';
import { lookUpKept, unitContents } from '$lib/server/largeStructure';
import { routeStructureRef } from '$lib/server/resolve';
import type { RequestHandler } from './$types';

/**
 * The posts sitting directly in one unit (not its sub-units), as the graph of a large structure
 * draws them when the unit is opened: /api/structures/{id}@N/units/{unit}.
 */
export const GET: RequestHandler = ({ params, url, locals }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) return problem(named.status, named.message);
	const looked = lookUpKept(named.ref, locals.user);
	if (!looked.ok) return problem(looked.status, looked.message);
	const posts = unitContents(shownTo(looked.found.structure, locals.user), params.unit);
	if (!posts) return problem(404, `Structure “${params.id}” has no unit “${params.unit}”.`);
	return json({ unit: params.unit, version: looked.found.version, posts });
};
