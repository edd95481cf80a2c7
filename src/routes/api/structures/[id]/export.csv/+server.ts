import { postsToCsv } from '$lib/editing/csv';
import { routeStructure } from '$lib/server/api';
import { canSeePay } from '$lib/server/auth';
import { noteExport } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/** The posts as CSV, with full-year costs (id@N, or ?version=N, for an old version). */
export const GET: RequestHandler = (event) => {
	const { params, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named.response;
	const { structure, version } = named.found;
	const maskPay = !canSeePay(locals.user);
	noteExport(event, 'export-csv', [`${structure.id}@${version}`], { payMasked: maskPay });
	// A byte-order mark so spreadsheet programs read the £ and curly quotes as UTF-8.
	return new Response('\ufeff' + postsToCsv(structure, { maskPay }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${structure.id}-v${version}-posts.csv"`
		}
	});
};
