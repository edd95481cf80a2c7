/**
 * Semantic checks on a structure in memory: the rules a file's shape cannot express. The loader,
 * the editing commands and import all call this, so it needs no YAML: each problem names its place
 * as a path into the structure (`posts.md-city-operations.grade`), which the loader turns into a
 * line and column when there is a file.
 *
 * Indexes are built once; nothing searches an array inside a loop (12,000 posts is a normal input).
 */
import { formatPath, type ModelError } from './errors';
import { ID_PATTERN } from './schema';
import { didYouMean, listSome } from './suggest';
import { checkText } from './textChecks';
import { checkLineManagementCycles, checkUnitCycles } from './validateCycles';
import { checkAssumedFields, checkInterimPosts } from './validateInterim';
import {
	FUNDING_SOURCES,
	LINK_TYPES,
	SCHEMA_VERSION,
	STATUTORY_ROLES,
	type FundingSplit,
	type Post,
	type Structure
} from './types';

export type Path = (string | number)[];

/** One problem, placed by a path into the structure. */
export interface Issue {
	at: Path;
	message: string;
	/** A second place the problem involves (the other use of a duplicate id). */
	also?: Path;
}

/** Collections whose ids share one namespace, with the word used for one record in messages. */
export const NAMESPACED = [
	['posts', 'post'],
	['units', 'unit'],
	['services', 'service'],
	['bodies', 'body'],
	['meetings', 'meeting'],
	['grades', 'grade']
] as const;

export const REQUIRED_ASSUMPTIONS = [
	'employerNiRate',
	'employerNiThreshold',
	'employerPensionRate',
	'payAward',
	'productiveHoursPerYear',
	'baseYear'
] as const;

const POST_STATUSES = new Set(['existing', 'new', 'deleted', 'interim', 'vacant']);
const ROLES = new Set<string>(STATUTORY_ROLES);
const LINKS = new Set<string>(LINK_TYPES);
const SOURCES = new Set<string>(FUNDING_SOURCES);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** True for a financial year written 2021/22 (the second year follows the first). */
export function isFinancialYear(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = FINANCIAL_YEAR.exec(value);
	return !!m && (+m[1] + 1) % 100 === +m[2];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every semantic problem in the structure, placed by path. */
export function checkStructure(s: Structure): Issue[] {
	const issues: Issue[] = [];
	const add = (at: Path, message: string, also?: Path) =>
		issues.push(also ? { at, message, also } : { at, message });

	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	const units = s.units ?? {};
	const services = s.services ?? {};
	const bodies = s.bodies ?? {};
	const meetings = s.meetings ?? {};
	const grades = s.grades ?? {};
	const links = s.links ?? {};
	const oneOffCosts = s.oneOffCosts ?? {};

	// Ids: each record's key is its id, and ids are unique across the shared namespace.
	const owner = new Map<string, string>();
	for (const [collection, noun] of NAMESPACED) {
		// Posts are a Map, the other collections plain objects.
		const held = s[collection] ?? {};
		const records: Iterable<[string, { id?: unknown }]> =
			held instanceof Map ? held : Object.entries(held);
		for (const [key, rec] of records) {
			if (rec.id !== key) {
				add(
					[collection, key, 'id'],
					`the ${noun} kept under '${key}' has id '${String(rec.id)}'; a record's id must be its key`
				);
			}
			if (!ID_PATTERN.test(key)) {
				add(
					[collection, key, 'id'],
					`'${key}' is not a usable id; use letters, digits, '.', '_' and '-', starting with a letter or digit`
				);
			}
			const first = owner.get(key);
			if (first !== undefined) {
				const firstNoun = NAMESPACED.find(([c]) => c === first)![1];
				add(
					[collection, key, 'id'],
					`duplicate id '${key}': a ${firstNoun} already uses it; ids are shared by posts, units, services, bodies, meetings and grades, so rename one`,
					[first, key, 'id']
				);
			} else owner.set(key, collection);
		}
	}
	for (const [collection, records] of [
		['links', links],
		['oneOffCosts', oneOffCosts]
	] as const) {
		for (const key in records) {
			if ((records as Record<string, { id?: unknown }>)[key].id !== key) {
				add(
					[collection, key, 'id'],
					`the record kept under '${key}' has a different id; a record's id must be its key`
				);
			}
		}
	}

	const postIds = () => [...posts.keys()];
	const unknownPost = (id: string) => `there is no post '${id}'${didYouMean(id, postIds())}`;

	// Top level.
	if (s.schemaVersion !== SCHEMA_VERSION) {
		add(
			['schemaVersion'],
			`schema version ${String(s.schemaVersion)} is not supported; this version reads ${SCHEMA_VERSION}`
		);
	}
	if (!isIsoDate(s.date)) {
		add(
			['date'],
			`'${String(s.date)}' is not a date; write it as YYYY-MM-DD, for example 2021-01-19`
		);
	}
	const ceo = posts.get(s.ceo);
	if (!ceo) {
		add(
			['ceo'],
			`ceo names '${String(s.ceo)}', which is not a post${didYouMean(String(s.ceo), postIds())}; set ceo to the id of the top post`
		);
	} else if (ceo.reportsTo !== undefined) {
		add(
			['posts', s.ceo, 'reportsTo'],
			`the Chief Executive post '${s.ceo}' (ceo) reports to '${String(ceo.reportsTo)}'; the top post has no line manager, so remove reportsTo or change ceo`
		);
	}

	// Posts.
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
			add(at('reportsTo'), `${unknownPost(String(rt))}; use the id of the line manager's post`);
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
	checkLineManagementCycles(s, add);
	checkInterimPosts(s, add);
	checkAssumedFields(s, add);

	// Units and services.
	for (const id in units) {
		const u = units[id];
		if (u.parent !== undefined && !units[u.parent]) {
			add(
				['units', id, 'parent'],
				`unknown parent unit '${u.parent}'${didYouMean(u.parent, Object.keys(units))}; use a unit id or remove parent`
			);
		}
		if (u.head !== undefined && !posts.get(u.head)) {
			add(
				['units', id, 'head'],
				`head: ${unknownPost(u.head)}; use the id of the post that heads the unit`
			);
		}
	}
	checkUnitCycles(s, add);
	for (const id in services) {
		const unit = services[id].unit;
		if (!units[unit]) {
			add(
				['services', id, 'unit'],
				`service '${id}' sits in unit '${String(unit)}', which is not in the structure; move it to a unit that exists`
			);
		}
	}

	// Links: any id in the namespace but a grade may be an end.
	const linkTargets = () =>
		[...owner.entries()].filter(([, c]) => c !== 'grades').map(([id]) => id);
	for (const id in links) {
		const l = links[id];
		if (!LINKS.has(l.type)) {
			const lm = (l.type as string) === 'line-management';
			add(
				['links', id, 'type'],
				lm
					? `line management is kept as the post's reportsTo, not as a link; set reportsTo on post '${l.to}'`
					: `'${String(l.type)}' is not a link type; use one of: ${LINK_TYPES.join(', ')}`
			);
		}
		for (const end of ['from', 'to'] as const) {
			const target = l[end];
			const kind = owner.get(target);
			if (kind === undefined || kind === 'grades') {
				add(
					['links', id, end],
					`link ${end} '${String(target)}' is not a post, unit, service, body or meeting${didYouMean(String(target), linkTargets())}; correct the id or add the record`
				);
			}
		}
	}

	// Meetings.
	for (const id in meetings) {
		const m = meetings[id];
		const at = (field: string): Path => ['meetings', id, field];
		if (m.chair !== undefined && !posts.get(m.chair)) {
			add(at('chair'), `chair: ${unknownPost(m.chair)}; the chair must be a post id`);
		}
		for (const field of ['curators', 'members'] as const) {
			const list = m[field];
			if (!Array.isArray(list)) {
				add(at(field), `${field} must be a list of post ids (use [] for none)`);
				continue;
			}
			list.forEach((p, i) => {
				if (!posts.get(p))
					add(
						['meetings', id, field, i],
						`${field === 'members' ? 'member' : 'curator'}: ${unknownPost(p)}; list post ids`
					);
			});
		}
		if (Array.isArray(m.feedsInto)) {
			m.feedsInto.forEach((target, i) => {
				if (!meetings[target] && !bodies[target]) {
					add(
						['meetings', id, 'feedsInto', i],
						`feedsInto names '${target}', which is neither a meeting nor a body${didYouMean(target, [...Object.keys(meetings), ...Object.keys(bodies)])}; use a meeting or body id`
					);
				}
			});
		} else
			add(at('feedsInto'), `feedsInto must be a list of meeting or body ids (use [] for none)`);
		if (!finite(m.lengthHours) || m.lengthHours <= 0) {
			add(
				at('lengthHours'),
				`lengthHours ${String(m.lengthHours)} is not a positive number of hours`
			);
		}
		if (
			m.weekOfMonth !== undefined &&
			(!Number.isInteger(m.weekOfMonth) || m.weekOfMonth < 1 || m.weekOfMonth > 4)
		) {
			add(
				at('weekOfMonth'),
				`weekOfMonth ${String(m.weekOfMonth)} must be a whole number from 1 to 4`
			);
		}
	}

	// Grades.
	for (const id in grades) {
		const g = grades[id];
		const at = (field: string): Path => ['grades', id, field];
		const minOk = finite(g.min);
		const maxOk = finite(g.max);
		if (!minOk || g.min < 0)
			add(
				at('min'),
				`grade '${id}' min ${String(g.min)} is not a salary; give pounds a year, 0 or more`
			);
		if (!maxOk || g.max < 0)
			add(
				at('max'),
				`grade '${id}' max ${String(g.max)} is not a salary; give pounds a year, 0 or more`
			);
		if (minOk && maxOk && g.min > g.max) {
			add(
				at('min'),
				`grade '${id}' min £${g.min} is above max £${g.max}; swap them or correct one`
			);
		}
		if (g.point === undefined || g.point === null) {
			add(
				at('point'),
				`grade '${id}' has no point; give the salary used for costing, between min and max`
			);
		} else if (!finite(g.point)) {
			add(at('point'), `grade '${id}' point ${String(g.point)} is not a number of pounds`);
		} else if (g.point < 0) {
			add(
				at('point'),
				`grade '${id}' point £${g.point} is negative; give the salary used for costing`
			);
		} else if (minOk && maxOk && g.min <= g.max && (g.point < g.min || g.point > g.max)) {
			add(
				at('point'),
				`grade '${id}' point £${g.point} is outside its range £${g.min}–£${g.max}; move the point into the range or widen the range`
			);
		}
	}

	// Assumptions, funding, span rules, costs.
	const assumptions = s.assumptions ?? {};
	for (const key of REQUIRED_ASSUMPTIONS) {
		if (!assumptions[key])
			add(
				['assumptions'],
				`assumption '${key}' is missing; every structure needs ${REQUIRED_ASSUMPTIONS.join(', ')}`
			);
	}
	for (const key in assumptions) {
		const v = assumptions[key]?.value;
		if (!finite(v))
			add(
				['assumptions', key, 'value'],
				`assumption '${key}' value ${String(v)} is not a finite number; give a number (a rate as a fraction: 0.138 for 13.8%)`
			);
	}
	if (!s.defaultFunding?.split) {
		add(['defaultFunding'], `defaultFunding needs a split, for example { generalFund: 100 }`);
	} else checkFunding(s.defaultFunding.split, ['defaultFunding', 'split'], add);
	const rules = s.spanRules ?? {};
	for (const key of ['ceoMax', 'averageTarget', 'averageTolerance', 'narrowBelow'] as const) {
		const v = rules[key];
		if (!finite(v) || v < 0)
			add(
				['spanRules', key],
				`spanRules.${key} ${String(v)} is not a number of reports (0 or more)`
			);
	}
	if (s.statedCostChange && !finite(s.statedCostChange.value)) {
		add(
			['statedCostChange', 'value'],
			`statedCostChange value ${String(s.statedCostChange.value)} is not a finite number of pounds`
		);
	}
	if (s.postsDeletedOn && !isIsoDate(s.postsDeletedOn.date)) {
		add(
			['postsDeletedOn', 'date'],
			`postsDeletedOn date "${String(s.postsDeletedOn.date)}" is not a date; write it as YYYY-MM-DD`
		);
	}
	for (const id in oneOffCosts) {
		const c = oneOffCosts[id];
		if (!finite(c.amount) || c.amount < 0)
			add(
				['oneOffCosts', id, 'amount'],
				`one-off cost '${id}' amount ${String(c.amount)} is not a number of pounds, 0 or more`
			);
		if (!isFinancialYear(c.financialYear))
			add(
				['oneOffCosts', id, 'financialYear'],
				`'${String(c.financialYear)}' is not a financial year; write it like 2021/22`
			);
	}
	issues.push(...checkText(s));
	return issues;
}

function checkFunding(split: FundingSplit, at: Path, add: (at: Path, message: string) => void) {
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

/** The structure's problems as ModelErrors (no line or column: it has no file). */
export function validateStructure(s: Structure, file?: string): ModelError[] {
	const name = file ?? (s.id ? `structure ${s.id}` : 'structure');
	return checkStructure(s).map((i) => ({
		file: name,
		field: formatPath(i.at),
		message: i.also ? `${i.message} (the other use: ${formatPath(i.also)})` : i.message
	}));
}
