/** Posts: each post's unit, grade, line manager, hours, pay, status, roles, funding and dates. */
import { didYouMean, listSome } from './suggest';
import {
	FUNDING_SOURCES,
	STATUTORY_ROLES,
	type FundingSplit,
	type Post,
	type Structure
} from './types';
import { finite, isIsoDate, unknownPost, type AddIssue, type Path } from './validateCommon';

const POST_STATUSES = new Set(['existing', 'new', 'deleted', 'interim', 'vacant']);
const ROLES = new Set<string>(STATUTORY_ROLES);
const SOURCES = new Set<string>(FUNDING_SOURCES);

/** Every post's own fields, in one pass over the posts. */
export function checkPosts(s: Structure, add: AddIssue): void {
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	const units = s.units ?? {};
	const grades = s.grades ?? {};
	const ceo = posts.get(s.ceo);
	for (const [id, p] of posts) {
		const at = (field: string): Path => ['posts', id, field];
		if (!units[p.unit]) {
			add(
				at('unit'),
				`unknown unit '${String(p.unit)}'${didYouMean(String(p.unit), Object.keys(units))}; add the unit under units or use one of: ${listSome(Object.keys(units))}`
			);
		}
		if (!grades[p.grade]) {
			add(
				at('grade'),
				`unknown grade '${String(p.grade)}'${didYouMean(String(p.grade), Object.keys(grades))}; add it under grades or use one of: ${listSome(Object.keys(grades))}`
			);
		}
		const rt: unknown = p.reportsTo;
		if (Array.isArray(rt)) {
			add(
				at('reportsTo'),
				`post '${id}' has ${rt.length} line managers (${rt.join(', ')}); a post has one line manager, so keep one and make the others dotted-line links`
			);
		} else if (rt === undefined) {
			if (id !== s.ceo && ceo) {
				add(
					at('reportsTo'),
					`post '${id}' has no line manager; only the Chief Executive (ceo: ${s.ceo}) may have none, so add reportsTo`
				);
			} else if (id !== s.ceo) {
				add(
					at('reportsTo'),
					`post '${id}' has no line manager; add reportsTo, or name it as ceo if it is the top post`
				);
			}
		} else if (rt === id) {
			add(at('reportsTo'), `post '${id}' reports to itself; set reportsTo to its line manager`);
		} else if (!posts.get(rt as string)) {
			add(
				at('reportsTo'),
				`${unknownPost(posts, String(rt))}; use the id of the line manager's post`
			);
		}
		if (!finite(p.fte) || p.fte <= 0) {
			add(
				at('fte'),
				`fte ${String(p.fte)} is not a positive number; use 1 for a full-time post, 0.5 for half`
			);
		}
		if (p.salary !== undefined && (!finite(p.salary) || p.salary < 0)) {
			add(
				at('salary'),
				`salary ${String(p.salary)} is not a salary; give the full-time pounds a year, 0 or more, or remove it to cost the post at its grade's point`
			);
		}
		if (!POST_STATUSES.has(p.status)) {
			add(
				at('status'),
				`status '${String(p.status)}' is not one of: ${[...POST_STATUSES].join(', ')}`
			);
		}
		if (!Array.isArray(p.statutoryRoles)) {
			add(at('statutoryRoles'), `statutoryRoles must be a list (use [] for none)`);
		} else {
			p.statutoryRoles.forEach((r, i) => {
				if (!ROLES.has(r))
					add(
						['posts', id, 'statutoryRoles', i],
						`'${String(r)}' is not a statutory role; use one of: ${STATUTORY_ROLES.join(', ')}`
					);
			});
		}
		if (p.funding !== undefined) checkFunding(p.funding, at('funding'), add);
		if (p.start !== undefined && !isIsoDate(p.start)) {
			add(at('start'), `start '${String(p.start)}' is not a date; write it as YYYY-MM-DD`);
		}
		if (p.end !== undefined && !isIsoDate(p.end)) {
			add(at('end'), `end '${String(p.end)}' is not a date; write it as YYYY-MM-DD`);
		}
		if (isIsoDate(p.start) && isIsoDate(p.end) && p.start > p.end) {
			add(
				at('start'),
				`post '${id}' starts on ${p.start}, after it ends on ${p.end}; swap them or correct one`
			);
		}
	}
}

/** A funding split (a post's own, or the structure's default): known sources, shares summing to 100. */
export function checkFunding(split: FundingSplit, at: Path, add: AddIssue): void {
	if (split === null || typeof split !== 'object') {
		add(at, `funding must be a map of percentages, for example { generalFund: 60, hra: 40 }`);
		return;
	}
	let sum = 0;
	let ok = true;
	for (const [source, share] of Object.entries(split)) {
		if (!SOURCES.has(source)) {
			add(
				[...at, source],
				`'${source}' is not a funding source; use ${FUNDING_SOURCES.join(', ')}`
			);
			ok = false;
		} else if (!finite(share)) {
			add([...at, source], `the ${source} share ${String(share)} is not a number`);
			ok = false;
		} else if (share < 0) {
			add(
				[...at, source],
				`the ${source} share is ${share}%, below zero; shares are percentages from 0 to 100`
			);
			ok = false;
		} else sum += share;
	}
	if (ok && Math.abs(sum - 100) > 1e-6) {
		add(
			at,
			`funding shares sum to ${+sum.toFixed(6)}, not 100; make the percentages add up to 100`
		);
	}
}
