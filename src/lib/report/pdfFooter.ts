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

/** Longest the footer's subject runs before it is cut with an ellipsis: one line on A4 landscape. */
export const FOOTER_SUBJECT_CHARS = 72;

/**
 * What the paper is about, short enough for the footer: "Corporate Leadership Team, 2020 against
 * 3 options", or the one option by name. The structures' versions and the time it was made are on
 * the first page (the report's header), not repeated on every page.
 */
export function footerSubject(report: Pick<CostedOptionsReport, 'base' | 'options'>): string {
	const n = report.options.length;
	const against = n === 1 ? report.options[0].ref.name : `${n} options`;
	const subject = `${report.base.name} against ${against}`;
	return subject.length <= FOOTER_SUBJECT_CHARS
		? subject
		: subject.slice(0, FOOTER_SUBJECT_CHARS - 1).trimEnd() + '…';
}

/**
 * The footer Chromium prints on every page of the server PDF, on one line: "Council Design · JNC
 * report · <subject> · made <date>" and "Page n of m" (Chromium fills the pageNumber and totalPages
 * spans). Footer templates get no page styles, so everything is inline.
 */
export function pdfFooterTemplate(report: CostedOptionsReport): string {
	const day = madeAt(report.generatedAt).replace(/, \d\d:\d\d UTC$/, '');
	const left = escapeXml(`Council Design · JNC report · ${footerSubject(report)} · made ${day}`);
	return (
		"<div style=\"font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #222;" +
		' width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm; white-space: nowrap;">' +
		`<span style="overflow: hidden; text-overflow: ellipsis; min-width: 0;">${left}</span>` +
		'<span style="flex: none;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
		'</div>'
	);
}
