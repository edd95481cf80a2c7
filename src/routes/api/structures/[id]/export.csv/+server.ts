import { postsToCsv } from '$lib/editing/csv';
import { routeStructure } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** The posts as CSV, with full-year costs (id@N, or ?version=N, for an old version). */
export const GET: RequestHandler = ({ params, url }) => {
	const named = routeStructure(params.id, url);
	if (!named.ok) return named.response;
	const { structure, version } = named.found;
	// A byte-order mark so spreadsheet programs read the £ and curly quotes as UTF-8.
	return new Response('\ufeff' + postsToCsv(structure), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${structure.id}-v${version}-posts.csv"`
		}
	});
};
