/** Zod issues turned into messages a modeller can act on. */
import type * as z from 'zod';
import { ID_PATTERN } from './schema';
import { didYouMean } from './suggest';
import type { Path } from './validate';

/** Every field name the format knows, for "did you mean" on a misspelt field. */
const KNOWN_FIELDS = [
	'schemaVersion',
	'id',
	'name',
	'date',
	'description',
	'derivedFrom',
	'complete',
	'ceo',
	'sources',
	'assumptions',
	'defaultFunding',
	'spanRules',
	'statedCostChange',
	'postsDeletedOn',
	'seniorOption',
	'grades',
	'units',
	'bodies',
	'posts',
	'links',
	'meetings',
	'oneOffCosts',
	'remove',
	'title',
	'grade',
	'fte',
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
	'provenance',
	'group',
	'parent',
	'head',
	'deliveryFunction',
	'external',
	'services',
	'kind',
	'type',
	'from',
	'to',
	'note',
	'purpose',
	'cadence',
	'lengthHours',
	'weekOfMonth',
	'chair',
	'curators',
	'members',
	'memberRules',
	'feedsInto',
	'replaces',
	'cadenceProvenance',
	'min',
	'max',
	'point',
	'label',
	'value',
	'amount',
	'financialYear',
	'file',
	'section',
	'record',
	'split',
	'ceoMax',
	'averageTarget',
	'averageTolerance',
	'narrowBelow',
	'generalFund',
	'hra',
	'capital',
	'grant'
];

const PROVENANCE_HELP =
	'{ kind: source, file: …, section: … }, { kind: public-record, record: … }, { kind: assumption, note: … } or { kind: reconstruction, note: … }';

export function valueAt(root: unknown, path: Path): unknown {
	let v = root;
	for (const seg of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[seg];
	}
	return v;
}

function describe(v: unknown): string {
	if (v === null) return 'nothing (null)';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'number')
		return Number.isFinite(v) ? `the number ${v}` : `${v}, which is not a finite number`;
	if (typeof v === 'string') return `the text '${v}'`;
	if (typeof v === 'boolean') return `${v}`;
	if (typeof v === 'object') return 'a map of fields';
	return String(v);
}

const WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	object: 'a map of fields',
	array: 'a list',
	record: 'a map of fields'
};

/** One issue as one or more (path, message) pairs; `root` is the raw data the path starts in. */
export function explainIssue(
	issue: z.core.$ZodIssue,
	root: unknown,
	prefix: Path = []
): { path: Path; message: string }[] {
	const path: Path = [...prefix, ...(issue.path as Path)];
	const last = path[path.length - 1];
	const value = valueAt(root, path);
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => {
				let message = `unknown field '${key}'${didYouMean(key, KNOWN_FIELDS)}; remove it or correct the spelling`;
				if (path.length === prefix.length && key === 'remove')
					message = `'remove' belongs only in a derived file (one with derivedFrom); a full file simply leaves records out`;
				if (key === 'services' && path.length === 0)
					message = `services sit inside their unit: list them under the unit's services`;
				return { path: [...path, key], message };
			});
		case 'invalid_type': {
			if (value === undefined) {
				const help = last === 'provenance' ? `; say where it came from: ${PROVENANCE_HELP}` : '';
				return [{ path, message: `missing field '${String(last)}'; add it${help}` }];
			}
			if (last === 'reportsTo' && Array.isArray(value))
				return [
					{
						path,
						message: `a post has one line manager, but reportsTo lists ${value.length} (${value.join(', ')}); keep one and make the others dotted-line links`
					}
				];
			if (issue.expected === 'number' && typeof value === 'number')
				return [{ path, message: `${value} is not a finite number; give an ordinary number` }];
			const quote =
				issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
					? ` (put it in quotes to make it text)`
					: '';
			const help = last === 'provenance' ? `; say where it came from: ${PROVENANCE_HELP}` : '';
			return [
				{
					path,
					message: `expected ${WORDS[issue.expected] ?? issue.expected}, found ${describe(value)}${quote}${help}`
				}
			];
		}
		case 'invalid_value': {
			const options = issue.values.map(String);
			return [
				{
					path,
					message: `${describe(value)} is not allowed here${didYouMean(String(value), options)}; use one of: ${options.join(', ')}`
				}
			];
		}
		case 'invalid_union': {
			if ('discriminator' in issue && issue.discriminator === 'kind') {
				const message =
					value === undefined
						? `provenance needs a kind: ${PROVENANCE_HELP}`
						: `provenance kind '${String(value)}' is not one of: source, public-record, assumption, reconstruction`;
				return [{ path, message }];
			}
			return [{ path, message: issue.message }];
		}
		case 'invalid_format':
			if (typeof value === 'string' && !ID_PATTERN.test(value))
				return [
					{
						path,
						message: `'${value}' is not a usable id; use letters, digits, '.', '_' and '-', starting with a letter or digit`
					}
				];
			return [{ path, message: issue.message }];
		case 'too_small':
			return [{ path, message: `${String(last)} must not be empty` }];
		default:
			return [{ path, message: issue.message }];
	}
}
