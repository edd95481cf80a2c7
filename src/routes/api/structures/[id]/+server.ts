import { json } from '@sveltejs/kit';
import { maskStructurePay } from '$lib/analysis/maskStructurePay';
import { toDocument } from '$lib/model/structureDocument';
import { routeStructure } from '$lib/server/api';
import { canSeePay } from '$lib/server/auth';
import { noteView } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/** One structure at its latest version, or at a version: /api/structures/id@N (or ?version=N). */
export const GET: RequestHandler = (event) => {
	const { params, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named.response;
	noteView(event, named.found.structure.id, named.found.version);
	// The JSON form: posts as an object keyed by id (a Map would be written as {}). The masked
	// structure holds its posts as an object already.
	return json({
		...named.found,
		structure: canSeePay(locals.user)
			? toDocument(named.found.structure)
			: maskStructurePay(named.found.structure)
	});
};
