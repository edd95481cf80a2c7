import { error } from '@sveltejs/kit';
import { parseReportQuery, postsCsv } from '$lib/report';
import { maskReportPay } from '$lib/report/maskReportPay';
import { canSeePay } from '$lib/server/auth';
import { noteExport } from '$lib/server/stewardship';
import { loadReport } from '../loadReport.server';
import type { RequestHandler } from './$types';

/** Every costed post of every option as CSV, the same figures as the report, to the penny. */
export const GET: RequestHandler = (event) => {
	const { url, locals } = event;
	const parsed = parseReportQuery(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const { report, pinned } = loadReport(parsed.query, locals.user);
	const pay = canSeePay(locals.user);
	noteExport(
		event,
		'export-csv',
		Object.entries(pinned.versions).map(([id, v]) => `${id}@${v}`),
		{ report: 'costed options', payMasked: !pay }
	);
	// A byte-order mark so spreadsheet programs read the £ signs as UTF-8.
	const body = '\ufeff' + postsCsv(pay ? report : maskReportPay(report)) + '\r\n';
	const day = report.generatedAt.slice(0, 10);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="costed-options-posts-${report.base.id}-${day}.csv"`
		}
	});
};
