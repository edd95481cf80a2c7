import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { parseReportQuery, pdfFooterTemplate, reportQueryString } from '$lib/report';
import { loadReport } from '../loadReport.server';
import { renderPdf } from './renderPdf.server';
import type { RequestHandler } from './$types';

/**
 * The costed-options report as a PDF: Chromium prints the same report page the browser shows,
 * with the print styles (A4 landscape) and a footer on every page naming the structures, their
 * versions, the date and "Page n of m".
 */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseReportQuery(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	// Read the structures first: a missing one is a 404 before any browser starts, and the
	// versions read here are pinned so the printed page shows exactly these.
	const { report, pinned } = loadReport(parsed.query);
	// Behind a proxy the public origin may not be reachable from the server itself.
	const origin = env.REPORT_RENDER_ORIGIN || url.origin;
	const made = encodeURIComponent(report.generatedAt);
	const target = `${origin}/report?${reportQueryString(pinned)}&pdf=1&made=${made}`;
	let pdf: Uint8Array;
	try {
		pdf = await renderPdf(target, { footerTemplate: pdfFooterTemplate(report) });
	} catch (e) {
		error(
			502,
			`The PDF could not be made (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Use the browser's Print, which has the same page layout, or try again.`
		);
	}
	const day = report.generatedAt.slice(0, 10);
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="costed-options-${report.base.id}-${day}.pdf"`,
			'cache-control': 'no-store'
		}
	});
};
