import { toCsv } from '../model/toCsv';
import { postCost } from '../analysis/cost';
import { STATUTORY_ROLE_NAMES, type Post, type Structure } from '../model/types';
import { fundingWords, provenanceWords } from '../words';

export const CSV_COLUMNS = [
	'id',
	'title',
	'grade',
	'salary point',
	'employer NI',
	'pension',
	'total',
	'unit',
	'reports to',
	'status',
	'funding split',
	'start',
	'end',
	'statutory roles',
	'provenance'
] as const;

/** Posts in line-management order: the CEO, then each manager followed by their reports. */
function inTreeOrder(s: Structure): Post[] {
	const children = new Map<string, Post[]>();
	for (const p of s.posts.values()) {
		if (p.reportsTo === undefined) continue;
		let list = children.get(p.reportsTo);
		if (!list) children.set(p.reportsTo, (list = []));
		list.push(p);
	}
	const out: Post[] = [];
	const seen = new Set<string>();
	const ceo = s.posts.get(s.ceo);
	const stack: Post[] = ceo ? [ceo] : [];
	while (stack.length) {
		const p = stack.pop()!;
		if (seen.has(p.id)) continue;
		seen.add(p.id);
		out.push(p);
		const kids = children.get(p.id) ?? [];
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	// Posts that do not reach the CEO still belong in the list.
	for (const [id, p] of s.posts) if (!seen.has(id)) out.push(p);
	return out;
}

/**
 * The posts as CSV for a spreadsheet: one row a post, money as plain numbers in pounds and pence
 * (full-year cost from the analysis core; a deleted post costs 0), names rather than ids where a
 * person reads them. Cells that a spreadsheet would run as formulae are escaped.
 */
export function postsToCsv(s: Structure, options: { maskPay?: boolean } = {}): string {
	const rows = inTreeOrder(s).map((p) => {
		const cost = postCost(s, p.id);
		// Without the right to see pay the money cells are left empty (the columns stay, so a
		// spreadsheet made for the full file still lines up).
		const c = options.maskPay
			? { salary: '', employerNi: '', employerPension: '', total: '' }
			: cost;
		const split = p.funding
			? fundingWords(p.funding)
			: `${fundingWords(s.defaultFunding.split)} (default)`;
		return [
			p.id,
			p.title,
			s.grades[p.grade]?.name ?? p.grade,
			c.salary,
			c.employerNi,
			c.employerPension,
			c.total,
			s.units[p.unit]?.name ?? p.unit,
			p.reportsTo === undefined ? '' : (s.posts.get(p.reportsTo)?.title ?? p.reportsTo),
			p.status,
			split,
			p.start ?? '',
			p.end ?? '',
			p.statutoryRoles.map((r) => STATUTORY_ROLE_NAMES[r] ?? r).join('; '),
			provenanceWords(p.provenance)
		];
	});
	return toCsv(CSV_COLUMNS, rows);
}
