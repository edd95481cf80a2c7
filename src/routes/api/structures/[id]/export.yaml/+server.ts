import { problem, versionNumber } from '$lib/server/api';
import { getStructure } from '$lib/server/store';
import { structureToYaml } from '$lib/model';
import type { RequestHandler } from './$types';

/** The structure as a model file (?version=N for an old version). */
export const GET: RequestHandler = ({ params, url }) => {
	const version = versionNumber(url.searchParams.get('version'));
	if (version === 'bad') return problem(400, 'version must be a version number (1, 2, …).');
	const found = getStructure(params.id, version ?? undefined);
	if (!found) return problem(404, `There is no structure ${params.id} at that version.`);
	return new Response(structureToYaml(found.structure), {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${params.id}-v${found.version}.yaml"`
		}
	});
};
