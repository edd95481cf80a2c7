import { toCsv } from '$lib/model/toCsv';
import { FUNDING_SOURCES, FUNDING_SOURCE_NAMES } from '$lib/model/types';
import type { MaskedPostCostRow, PayMaskedReport } from './maskReportPay';
import type { CostedOptionsReport, PostCostRow } from './types';

export const POSTS_CSV_COLUMNS = [
	'Option',
	'Option version',
	'Change',
	'Post id',
	'Post',
	'Unit',
	'Grade',
	'Salary point (£)',
	'FTE',
	'Salary (£)',
	'Employer NI (£)',
	'Employer pension (£)',
	'Total (£)',
	...FUNDING_SOURCES.map((s) => `${FUNDING_SOURCE_NAMES[s]} (£)`),
	'Change in full-year cost (£)',
	'Start',
	'End',
	'What changed'
] as const;

/** Pounds and pence; an empty cell where pay is masked for the reader. */
const money = (n: number | null) => (n === null ? '' : n.toFixed(2));
const negated = (n: number | null) => (n === null ? null : -n);

/**
 * Every costed post of every option as CSV (one row a post; a changed post has a "before" and an
 * "after" row): the figures to the penny, so a spreadsheet totals them exactly as the report does.
 */
export function postsCsv(report: CostedOptionsReport | PayMaskedReport): string {
	const rows: (string | number)[][] = [];
	const row = (
		optionId: string,
		version: number | undefined,
		change: string,
		r: PostCostRow | MaskedPostCostRow,
		delta: number | null,
		what: string
	) =>
		rows.push([
			optionId,
			version ?? '',
			change,
			r.postId,
			r.title,
			r.unitName,
			r.gradeName,
			money(r.gradePoint),
			r.fte,
			money(r.salary),
			money(r.employerNi),
			money(r.employerPension),
			money(r.total),
			...FUNDING_SOURCES.map((s) => money(r.funding?.[s] ?? null)),
			money(delta),
			r.start ?? '',
			r.end ?? '',
			what
		]);
	for (const o of report.options) {
		const { id, version } = o.ref;
		for (const r of o.deleted) row(id, version, 'deleted', r, negated(r.total), 'Post deleted');
		for (const r of o.created) row(id, version, 'created', r, r.total, 'Post created');
		for (const c of o.changed) {
			row(id, version, 'changed (before)', c.before, 0, c.changes.join('; '));
			row(id, version, 'changed (after)', c.after, c.delta, c.changes.join('; '));
		}
	}
	return toCsv(POSTS_CSV_COLUMNS, rows);
}
