import { parseReportQuery, reportQueryString } from '$lib/report';
import { maskReportPay } from '$lib/report/maskReportPay';
import { appDatabase, canSeePay, decisionMark, decisionWords } from '$lib/server/auth';
import { visibleStructures } from '$lib/server/resolve';
import { loadReport } from './loadReport.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const structures = visibleStructures(locals.user).map((s) => ({
		id: s.id,
		name: s.name,
		derivedFrom: s.derivedFrom,
		builtIn: s.builtIn
	}));
	// With no query at all, show the chooser; a query that is wrong says what is wrong.
	if (!url.searchParams.has('base') && !url.searchParams.has('options'))
		return {
			structures,
			problem: undefined,
			report: undefined,
			decisions: [],
			pinnedQuery: undefined,
			pdfMode: false
		};
	const parsed = parseReportQuery(url.searchParams);
	if (!parsed.ok)
		return {
			structures,
			problem: parsed.message,
			report: undefined,
			decisions: [],
			pinnedQuery: undefined,
			pdfMode: false
		};
	const pdfMode = url.searchParams.get('pdf') === '1';
	// The PDF route passes the time it stamped on the footer, so page and footer agree.
	const made = url.searchParams.get('made');
	const generatedAt = pdfMode && made && !Number.isNaN(Date.parse(made)) ? made : undefined;
	const { report, pinned } = loadReport(
		parsed.query,
		locals.user,
		generatedAt ? { generatedAt } : {}
	);
	// The versions it was made from that are on the decision record.
	const db = appDatabase();
	const decisions = Object.entries(pinned.versions).flatMap(([id, version]) => {
		const mark = decisionMark(db, id, version);
		const name = [report.base, ...report.options.map((o) => o.ref)].find((s) => s.id === id)?.name;
		return mark ? [`${name ?? id}, version ${version}, ${decisionWords(mark)}`] : [];
	});
	return {
		structures,
		problem: undefined,
		// Without the right to see pay, no post's pay leaves the server (totals stay).
		report: canSeePay(locals.user) ? report : maskReportPay(report),
		decisions,
		/** The query with every version pinned, for the PDF and CSV links. */
		pinnedQuery: reportQueryString(pinned),
		/** Rendered for the server's PDF: the page leaves the page numbers to the PDF footer. */
		pdfMode
	};
};
