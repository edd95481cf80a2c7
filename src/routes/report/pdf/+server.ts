import { error } from '@sveltejs/kit';
import { parseReportQuery, pdfFooterTemplate, reportQueryString } from '$lib/report';
import { canSeePay } from '$lib/server/auth';
import { issuePrintPass, PRINT_PASS_HEADER, withdrawPrintPass } from '$lib/server/printPass';
import { selfOrigin } from '$lib/server/selfOrigin';
import { noteExport } from '$lib/server/stewardship';
import { loadReport } from '../loadReport.server';
import { PdfError, renderPdf } from './renderPdf.server';
import type { RequestHandler } from './$types';

/**
 * The costed-options report as a PDF: Chromium prints the same report page the browser shows,
 * with the print styles (A4 landscape) and a footer on every page naming the structures, their
 * versions, the date and "Page n of m". The printer reads the page from this server's own loopback
 * address, whatever Host the request named.
 */
export const GET: RequestHandler = async (event) => {
	const { url, request, locals } = event;
	const parsed = parseReportQuery(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	// Read the structures first: a missing one is a 404 before any browser starts, and the
	// versions read here are pinned so the printed page shows exactly these.
	const { report, pinned } = loadReport(parsed.query, locals.user);
	const user = locals.user!;
	const made = encodeURIComponent(report.generatedAt);
	const path = `/report?${reportQueryString(pinned)}&pdf=1&made=${made}`;
	let pdf: Uint8Array;
	// The printer reads the page as this person (and so with their pay masking), on a pass that
	// works only from this machine and only until the PDF is made.
	const pass = issuePrintPass(user.id);
	try {
		pdf = await renderPdf(path, {
			origin: selfOrigin(),
			footerTemplate: pdfFooterTemplate(report),
			headers: { [PRINT_PASS_HEADER]: pass }
		});
	} catch (e) {
		if (!(e instanceof PdfError)) throw e;
		// The page's button reads JSON; a plain link (no JavaScript) shows the text.
		const asJson = (request.headers.get('accept') ?? '').includes('application/json');
		return new Response(asJson ? JSON.stringify({ message: e.message }) : e.message, {
			status: e.status,
			headers: {
				'content-type': asJson ? 'application/json' : 'text/plain; charset=utf-8',
				...(e.retryAfter ? { 'retry-after': String(e.retryAfter) } : {})
			}
		});
	} finally {
		withdrawPrintPass(pass);
	}
	noteExport(
		event,
		'export-pdf',
		Object.entries(pinned.versions).map(([id, v]) => `${id}@${v}`),
		{ report: 'costed options', payMasked: !canSeePay(user) }
	);
	const day = report.generatedAt.slice(0, 10);
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="costed-options-${report.base.id}-${day}.pdf"`,
			'cache-control': 'no-store'
		}
	});
};
