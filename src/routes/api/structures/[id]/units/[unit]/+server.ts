import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { lookUpKept, unitContents } from '$lib/server/largeStructure';
import { routeStructureRef } from '$lib/server/resolve';
import type { RequestHandler } from './$types';

/**
 * The posts sitting directly in one unit (not its sub-units), as the graph of a large structure
 * draws them when the unit is opened: /api/structures/{id}@N/units/{unit}.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) return problem(named.status, named.message);
	const looked = lookUpKept(named.ref);
	if (!looked.ok) return problem(looked.status, looked.message);
	const posts = unitContents(looked.found.structure, params.unit);
	if (!posts) return problem(404, `Structure “${params.id}” has no unit “${params.unit}”.`);
	return json({ unit: params.unit, version: looked.found.version, posts });
};
