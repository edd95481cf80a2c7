import { STATUTORY_ROLES, type Post, type Structure } from './types';
import { isIsoDate, type Path } from './validateCommon';

/** Checks of what the structure says about the transition: interim posts and assumed values. */

const ROLES: ReadonlySet<string> = new Set(STATUTORY_ROLES);

/**
 * Interim posts (in force only during the change): each needs an end date, a known grade and unit,
 * a line manager among the posts or interim posts, an id no other record uses, and `covers`
 * naming a post of the structure. Their other fields are checked as a post's are when the
 * structure on a date is built (analysis/structureAt.ts).
 */
export function checkInterimPosts(s: Structure, add: (at: Path, message: string) => void): void {
	const interim = s.interimPosts ?? {};
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	for (const id in interim) {
		const p = interim[id];
		const at = (field: string): Path => ['interimPosts', id, field];
		if (p.id !== id) add(at('id'), `the interim post kept under '${id}' has id '${String(p.id)}'`);
		if (posts.get(id) || s.units?.[id] || s.meetings?.[id] || s.bodies?.[id])
			add(at('id'), `interim post '${id}' has the id of another record; rename one`);
		if (!s.grades?.[p.grade]) add(at('grade'), `unknown grade '${String(p.grade)}'`);
		if (!s.units?.[p.unit]) add(at('unit'), `unknown unit '${String(p.unit)}'`);
		if (p.reportsTo === undefined || !(posts.get(p.reportsTo) || interim[p.reportsTo]))
			add(at('reportsTo'), `interim post '${id}' needs reportsTo naming a post`);
		if (!isIsoDate(p.end))
			add(at('end'), `interim post '${id}' needs an end date written YYYY-MM-DD`);
		if (p.start !== undefined && !isIsoDate(p.start))
			add(at('start'), `start '${String(p.start)}' is not a date; write it as YYYY-MM-DD`);
		if (isIsoDate(p.start) && isIsoDate(p.end) && p.start > p.end)
			add(at('start'), `interim post '${id}' starts on ${p.start}, after it ends on ${p.end}`);
		if (p.covers !== undefined && !posts.get(p.covers))
			add(at('covers'), `covers names '${p.covers}', which is not a post of this structure`);
		if (!Array.isArray(p.statutoryRoles) || p.statutoryRoles.some((r) => !ROLES.has(r)))
			add(at('statutoryRoles'), `statutoryRoles must be a list of statutory roles`);
	}
}

const POST_FIELDS = new Set([
	'exists',
	'title',
	'grade',
	'fte',
	'salary',
	'status',
	'unit',
	'reportsTo',
	'office',
	'director',
	'remit',
	'statutoryRoles',
	'funding',
	'start',
	'end',
	'covers'
]);
const GRADE_FIELDS = new Set(['exists', 'name', 'min', 'max', 'point', 'pointYear']);

/** `assumed` names fields the record has (or `exists`), each with a note, so a typo is caught. */
export function checkAssumedFields(s: Structure, add: (at: Path, message: string) => void): void {
	const check = (
		collection: string,
		records: Iterable<[string, { assumed?: Record<string, string> }]>,
		fields: Set<string>
	) => {
		for (const [id, record] of records) {
			for (const [field, note] of Object.entries(record.assumed ?? {})) {
				if (!fields.has(field))
					add(
						[collection, id, 'assumed', field],
						`assumed names '${field}', which is not a field here; use one of: ${[...fields].join(', ')}`
					);
				else if (typeof note !== 'string' || note.trim() === '')
					add([collection, id, 'assumed', field], `assumed ${field} needs a note saying why`);
			}
		}
	};
	check('posts', s.posts ?? [], POST_FIELDS);
	check('interimPosts', Object.entries(s.interimPosts ?? {}), POST_FIELDS);
	check('grades', Object.entries(s.grades ?? {}), GRADE_FIELDS);
}
