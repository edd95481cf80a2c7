import { routeStructure } from '$lib/server/api';
import { structureToYaml } from '$lib/model';
import type { RequestHandler } from './$types';

/** The structure as a model file (id@N, or ?version=N, for an old version). */
export const GET: RequestHandler = ({ params, url }) => {
	const named = routeStructure(params.id, url);
	if (!named.ok) return named.response;
	const { structure, version } = named.found;
	return new Response(structureToYaml(structure), {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${structure.id}-v${version}.yaml"`
		}
	});
};
