/**
 * Which column of an HR export holds which fact. Common header names are recognised without
 * regard to case, spaces or punctuation ("Position ID", "POST_NUMBER", "Reports to position"…);
 * the mapping is a plain object the CLI and the import page show and let the user override.
 */
import { didYouMean } from '../model/suggest';

/** Fields taken from one column each. */
export const SINGLE_FIELDS = [
	'id',
	'reportsTo',
	'title',
	'grade',
	'fte',
	'salary',
	'vacancy',
	'costCentre',
	'funding'
] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

export interface ColumnMapping extends Partial<Record<SingleField, string>> {
	/** Department columns, outermost first (Directorate, then Service, then Team): nested units. */
	units: string[];
}

/** What each field means, for the mapping step and the CLI help. */
export const FIELD_NAMES: Record<SingleField | 'unit', string> = {
	id: 'position id (required)',
	reportsTo: "the manager's position id (required; blank for the top post)",
	title: 'job title (required)',
	grade: 'grade (required unless every post has a salary)',
	unit: 'department levels, outermost first',
	fte: 'full-time equivalent (blank means 1)',
	salary: 'full-time salary, pounds a year',
	vacancy: 'vacant or filled',
	costCentre: 'cost centre',
	funding: 'funding source'
};

const REQUIRED_WORDS = {
	id: 'position id',
	reportsTo: "manager's position id",
	title: 'job title'
} as const;

/** Header names recognised for each field (normalised: lower case, letters and digits only), best first. */
const SYNONYMS: Record<SingleField, string[]> = {
	id: [
		'positionid',
		'postnumber',
		'postid',
		'positionnumber',
		'positionno',
		'postno',
		'postreference',
		'postref',
		'positionreference',
		'positioncode',
		'id'
	],
	reportsTo: [
		'reportstoposition',
		'reportsto',
		'reportstopositionid',
		'reportstopost',
		'reportstopostid',
		'reportstopostnumber',
		'reportingto',
		'managerposition',
		'managerpositionid',
		'managerpost',
		'managerpostid',
		'managerpostnumber',
		'linemanagerposition',
		'linemanagerpositionid',
		'linemanagerpost',
		'parentposition',
		'parentpositionid',
		'parentpost'
	],
	title: ['jobtitle', 'title', 'positiontitle', 'posttitle', 'positionname', 'postname', 'role'],
	grade: ['grade', 'paygrade', 'gradecode', 'salarygrade', 'payband', 'band', 'payscale'],
	fte: ['fte', 'fulltimeequivalent', 'postfte', 'budgetedfte', 'establishmentfte'],
	salary: [
		'salary',
		'annualsalary',
		'fulltimesalary',
		'ftesalary',
		'salaryfte',
		'basicsalary',
		'fullyearsalary',
		'annualpay',
		'basicpay'
	],
	vacancy: [
		'vacant',
		'vacancy',
		'vacancystatus',
		'isvacant',
		'status',
		'positionstatus',
		'poststatus',
		'occupancystatus'
	],
	costCentre: ['costcentre', 'costcenter', 'costcentrecode', 'costcentercode', 'costcode', 'cc'],
	funding: ['funding', 'fundingsource', 'fundedby', 'fundingstream', 'fund']
};

/** Department levels and their place, outermost first; "Level 1", "Org level 2"… are taken in order. */
const UNIT_RANK: Record<string, number> = {
	directorate: 20,
	department: 21,
	division: 22,
	service: 23,
	servicearea: 23,
	section: 24,
	team: 25,
	unit: 26,
	businessunit: 26
};
const LEVEL = /^(?:org|organisation|organization|hierarchy|structure)?level(\d+)$/;

export function normaliseHeader(h: string): string {
	return h.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function unitRank(normalised: string): number | undefined {
	const m = LEVEL.exec(normalised);
	if (m) return Number(m[1]);
	return UNIT_RANK[normalised];
}

/** The mapping the headers suggest; fields with no recognised header are left out. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
	const normal = headers.map(normaliseHeader);
	const used = new Set<number>();
	const mapping: ColumnMapping = { units: [] };
	for (const field of SINGLE_FIELDS) {
		for (const name of SYNONYMS[field]) {
			const at = normal.findIndex((n, i) => n === name && !used.has(i));
			if (at >= 0) {
				mapping[field] = headers[at];
				used.add(at);
				break;
			}
		}
	}
	const levels: { at: number; rank: number }[] = [];
	normal.forEach((n, at) => {
		const rank = unitRank(n);
		if (rank !== undefined && !used.has(at)) levels.push({ at, rank });
	});
	levels.sort((a, b) => a.rank - b.rank || a.at - b.at);
	mapping.units = levels.map((l) => headers[l.at]);
	return mapping;
}

/** An override: a field set to '' is not read at all; `units` replaces the detected levels. */
export type MappingOverride = Partial<Record<SingleField, string>> & { units?: string[] };

export interface ResolvedMapping {
	mapping: ColumnMapping;
	/** Column position of each mapped field. */
	columns: Partial<Record<SingleField, number>> & { units: number[] };
	/** Problems with the mapping itself (a named header that is not in the file, a required field with no column). */
	problems: string[];
	/** Headers of the file no field reads. */
	unused: string[];
}

/** The detected mapping with the user's override laid over it, checked against the headers. */
export function resolveMapping(
	headers: readonly string[],
	override: MappingOverride = {}
): ResolvedMapping {
	const detected = detectMapping(headers);
	const mapping: ColumnMapping = { ...detected, units: override.units ?? detected.units };
	for (const field of SINGLE_FIELDS) {
		const v = override[field];
		if (v === undefined) continue;
		if (v === '') delete mapping[field];
		else mapping[field] = v;
	}
	// A column the user named for one field is not also read, by detection, for another.
	const named = new Set(
		[...SINGLE_FIELDS.map((f) => override[f]), ...(override.units ?? [])]
			.filter((v): v is string => !!v)
			.map(normaliseHeader)
	);
	for (const field of SINGLE_FIELDS) {
		const v = mapping[field];
		if (v !== undefined && override[field] === undefined && named.has(normaliseHeader(v)))
			delete mapping[field];
	}
	if (!override.units) mapping.units = mapping.units.filter((u) => !named.has(normaliseHeader(u)));

	const problems: string[] = [];
	const byNormal = new Map<string, number>();
	headers.forEach((h, i) => {
		const n = normaliseHeader(h);
		if (!byNormal.has(n)) byNormal.set(n, i);
	});
	const find = (field: string, header: string): number | undefined => {
		const at = byNormal.get(normaliseHeader(header));
		if (at === undefined)
			problems.push(
				`${field}: there is no column "${header}"${didYouMean(header, headers)} (the columns are: ${headers.join(', ')})`
			);
		return at;
	};
	const columns: ResolvedMapping['columns'] = { units: [] };
	for (const field of SINGLE_FIELDS) {
		const header = mapping[field];
		if (header === undefined) continue;
		const at = find(field, header);
		if (at !== undefined) {
			columns[field] = at;
			mapping[field] = headers[at];
		}
	}
	mapping.units = mapping.units.flatMap((header) => {
		const at = find('unit', header);
		if (at === undefined) return [];
		columns.units.push(at);
		return [headers[at]];
	});
	for (const field of ['id', 'reportsTo', 'title'] as const)
		if (mapping[field] === undefined && !problems.some((p) => p.startsWith(`${field}:`)))
			problems.push(
				`${field}: no column holds the ${REQUIRED_WORDS[field]}; name it with ${field}=<column header>`
			);
	if (mapping.grade === undefined && mapping.salary === undefined)
		problems.push(
			'grade: no column holds the grade or the salary, so no post can be costed; name one with grade=<column header> or salary=<column header>'
		);
	const read = new Set<number>([
		...columns.units,
		...SINGLE_FIELDS.map((f) => columns[f]).filter((v): v is number => v !== undefined)
	]);
	const unused = headers.filter((_, i) => !read.has(i) && headers[i] !== '');
	return { mapping, columns, problems, unused };
}

/** The mapping in the form `--columns` takes, so it can be copied, changed and given back. */
export function describeMapping(m: ColumnMapping): string {
	const parts: string[] = [];
	for (const field of SINGLE_FIELDS) {
		if (field === 'fte' && m.units.length) parts.push(`unit=${m.units.join('>')}`);
		if (m[field] !== undefined) parts.push(`${field}=${m[field]}`);
	}
	if (m.units.length && !parts.some((p) => p.startsWith('unit=')))
		parts.push(`unit=${m.units.join('>')}`);
	return parts.join(',');
}

const KEYS: Record<string, SingleField | 'unit'> = {
	id: 'id',
	reportsto: 'reportsTo',
	manager: 'reportsTo',
	title: 'title',
	grade: 'grade',
	unit: 'unit',
	units: 'unit',
	department: 'unit',
	fte: 'fte',
	salary: 'salary',
	vacancy: 'vacancy',
	vacant: 'vacancy',
	status: 'vacancy',
	costcentre: 'costCentre',
	funding: 'funding'
};

export type ColumnsOption =
	{ ok: true; override: MappingOverride } | { ok: false; message: string };

/**
 * Reads `--columns "id=Position ID,reportsTo=Reports To Position,unit=Directorate>Service>Team"`.
 * Department levels are given outermost first, either joined by '>' or as `unit=` several times.
 * A field given as `field=` (empty) is not read. Header names may not contain ',' or '>'.
 */
export function parseColumnsOption(text: string): ColumnsOption {
	const override: MappingOverride = {};
	for (const part of text.split(',')) {
		if (part.trim() === '') continue;
		const eq = part.indexOf('=');
		if (eq < 0)
			return {
				ok: false,
				message: `--columns: "${part.trim()}" has no '='; write field=Column header, for example id=Position ID`
			};
		const key = KEYS[normaliseHeader(part.slice(0, eq))];
		const value = part.slice(eq + 1).trim();
		if (!key)
			return {
				ok: false,
				message: `--columns: "${part.slice(0, eq).trim()}" is not a field; use ${[...SINGLE_FIELDS.slice(0, 4), 'unit', ...SINGLE_FIELDS.slice(4)].join(', ')}`
			};
		if (key === 'unit') {
			const levels = value
				.split('>')
				.map((v) => v.trim())
				.filter(Boolean);
			override.units = [...(override.units ?? []), ...levels];
		} else override[key] = value;
	}
	return { ok: true, override };
}
