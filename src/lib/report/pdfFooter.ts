import { escapeXml } from '$lib/orgChart/svg';
import type { CostedOptionsReport, StructureRef } from './types';

/** "clt-2020 v1" — a structure as the paper cites it. */
export function structureCitation(ref: StructureRef): string {
	return ref.version !== undefined ? `${ref.id} v${ref.version}` : ref.id;
}

/** The date and time a report was made, in words: "20 January 2021, 10:00 UTC". */
export function madeAt(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	const date = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(d);
	const time = new Intl.DateTimeFormat('en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC'
	}).format(d);
	return `${date}, ${time} UTC`;
}

/**
 * The footer Chromium prints on every page of the server PDF: what the paper is, when it was made,
 * the structures and versions it came from, and "Page n of m" (Chromium fills the pageNumber and
 * totalPages spans). Footer templates get no page styles, so everything is inline.
 */
export function pdfFooterTemplate(report: CostedOptionsReport): string {
	const made = [report.base, ...report.options.map((o) => o.ref)].map(structureCitation).join(', ');
	const left = escapeXml(`Costed options · made ${madeAt(report.generatedAt)} from ${made}`);
	return (
		"<div style=\"font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #222;" +
		' width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm;">' +
		`<span>${left}</span>` +
		'<span style="white-space: nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
		'</div>'
	);
}
