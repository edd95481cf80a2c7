import { json } from '@sveltejs/kit';
import { problem, versionNumber } from '$lib/server/api';
import { getStructure } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** One structure at its latest version, or at ?version=N. */
export const GET: RequestHandler = ({ params, url }) => {
	const version = versionNumber(url.searchParams.get('version'));
	if (version === 'bad') return problem(400, 'version must be a version number (1, 2, …).');
	const found = getStructure(params.id, version ?? undefined);
	if (!found) {
		return problem(
			404,
			version === null
				? `There is no structure ${params.id}.`
				: `There is no version ${version} of ${params.id}.`
		);
	}
	return json(found);
};
