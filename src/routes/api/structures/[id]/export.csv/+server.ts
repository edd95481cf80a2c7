import { postsToCsv } from '$lib/editing/csv';
import { problem, versionNumber } from '$lib/server/api';
import { getStructure } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** The posts as CSV, with full-year costs (?version=N for an old version). */
export const GET: RequestHandler = ({ params, url }) => {
	const version = versionNumber(url.searchParams.get('version'));
	if (version === 'bad') return problem(400, 'version must be a version number (1, 2, …).');
	const found = getStructure(params.id, version ?? undefined);
	if (!found) return problem(404, `There is no structure ${params.id} at that version.`);
	// A byte-order mark so spreadsheet programs read the £ and curly quotes as UTF-8.
	return new Response('\ufeff' + postsToCsv(found.structure), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${params.id}-v${found.version}-posts.csv"`
		}
	});
};
