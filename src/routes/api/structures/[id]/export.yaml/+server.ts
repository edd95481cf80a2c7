import { routeStructure } from '$lib/server/api';
import { stringify } from 'yaml';
import { maskStructurePay } from '$lib/analysis/maskStructurePay';
import { structureToYaml } from '$lib/model';
import { canSeePay } from '$lib/server/auth';
import { noteExport } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/** The structure as a model file (id@N, or ?version=N, for an old version). */
export const GET: RequestHandler = (event) => {
	const { params, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named.response;
	const { structure, version } = named.found;
	const pay = canSeePay(locals.user);
	noteExport(event, 'export-yaml', [`${structure.id}@${version}`], { payMasked: !pay });
	// Without the pay right the file leaves out salaries and grade pay (it is not a model file
	// that imports back with the same costs, and says so at the top).
	const body = pay
		? structureToYaml(structure)
		: '# Pay masked: salaries and grade pay ranges are left out for this reader.\n' +
			stringify(maskStructurePay(structure));
	return new Response(body, {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${structure.id}-v${version}.yaml"`
		}
	});
};
