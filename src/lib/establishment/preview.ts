/**
 * What the import page shows before anything is saved: the mapping used, the first rows as they
 * would import, the counts, and the first located problems and left-out rows, each list cut to a
 * few with its full count. Plain data only, small whatever the size of the file: the page never
 * receives the whole parsed export.
 */
import type { Structure } from '../model/types';
import { fundingWords } from '../words/funding';
import {
	resolveMapping,
	describeMapping,
	type ColumnMapping,
	type MappingOverride
} from './columns';
import type { EstablishmentError } from './errors';
import { establishmentFromTable, type LeftOutRow } from './importEstablishment';
import { readPosts } from './readPosts';
import type { Table } from './readTable';

export interface PreviewRow {
	row: number;
	id: string;
	reportsTo: string;
	title: string;
	grade: string;
	/** Department path, outermost first, joined with ' › '. */
	unit: string;
	fte: number;
	salary?: number;
	status: string;
	costCentre?: string;
	funding?: string;
}

export interface ImportCounts {
	/** Data rows read (blank rows not counted). */
	rows: number;
	/** Posts that would be imported (bad rows left out when leaving out is chosen). */
	posts: number;
	units: number;
	vacancies: number;
	/** Posts with at least one direct report. */
	managers: number;
}

export interface ListHead<T> {
	total: number;
	first: T[];
}

export interface ImportPreview {
	file: string;
	format: Table['format'];
	headers: string[];
	mapping: ColumnMapping;
	/** The mapping in the form the command line's --columns takes. */
	columnsText: string;
	/** Problems with the mapping itself (a required field with no column). */
	mappingProblems: string[];
	rows: PreviewRow[];
	/** Counts of the import as it would be saved; with errors, as it would be with the bad rows left out. */
	counts: ImportCounts;
	errors: ListHead<EstablishmentError>;
	leftOut: ListHead<LeftOutRow>;
	warnings: string[];
	/** True when importing would succeed without leaving anything out. */
	clean: boolean;
	/** True when importing with the bad rows left out would succeed. */
	importableLeavingOut: boolean;
}

export interface PreviewLimits {
	rows?: number;
	errors?: number;
	leftOut?: number;
}

const DEFAULTS: Required<PreviewLimits> = { rows: 10, errors: 50, leftOut: 50 };

function head<T>(list: readonly T[], n: number): ListHead<T> {
	return { total: list.length, first: list.slice(0, n) };
}

/** Posts, units, vacancies and managers of a built structure. */
export function countsOf(structure: Structure, rows: number): ImportCounts {
	const posts = [...structure.posts.values()].filter((p) => p.status !== 'deleted');
	const managers = new Set<string>();
	for (const p of posts) if (p.reportsTo !== undefined) managers.add(p.reportsTo);
	return {
		rows,
		posts: posts.length,
		units: Object.keys(structure.units).length,
		vacancies: posts.filter((p) => p.status === 'vacant').length,
		managers: managers.size
	};
}

/** The first rows of the table read through the mapping, as the import would read them. */
export function previewRows(table: Table, override: MappingOverride | undefined, n: number) {
	const resolved = resolveMapping(table.headers, override);
	if (resolved.problems.length > 0) return [];
	const first: Table = {
		...table,
		rows: table.rows.slice(0, n),
		rowNumbers: table.rowNumbers.slice(0, n)
	};
	return readPosts(first, resolved).posts.map((p): PreviewRow => ({
		row: p.row,
		id: p.id,
		reportsTo: p.reportsTo,
		title: p.title,
		grade: p.grade,
		unit: p.units.join(' › '),
		fte: p.fte,
		...(p.salary !== undefined ? { salary: p.salary } : {}),
		status: p.status,
		...(p.costCentre ? { costCentre: p.costCentre } : {}),
		...(p.funding ? { funding: fundingWords(p.funding) } : {})
	}));
}

/**
 * Check the whole table with the mapping and say what importing would do. With errors, a second
 * pass with the bad rows left out gives the counts and the rows that would be left out.
 */
export function previewImport(
	table: Table,
	options: {
		columns?: MappingOverride;
		base?: Structure;
		id?: string;
		name?: string;
		date?: string;
	},
	limits: PreviewLimits = {}
): { preview: ImportPreview; structure?: Structure } {
	const lim = { ...DEFAULTS, ...limits };
	const strict = establishmentFromTable(table, options);
	const resolved = resolveMapping(table.headers, options.columns);
	const base = {
		file: table.file,
		format: table.format,
		headers: table.headers,
		mapping: resolved.mapping,
		columnsText: describeMapping(resolved.mapping),
		mappingProblems: resolved.problems,
		rows: previewRows(table, options.columns, lim.rows)
	};
	if (strict.ok)
		return {
			preview: {
				...base,
				counts: countsOf(strict.structure, strict.rows),
				errors: head([], lim.errors),
				leftOut: head([], lim.leftOut),
				warnings: strict.warnings,
				clean: true,
				importableLeavingOut: true
			},
			structure: strict.structure
		};
	const errors = head(strict.errors, lim.errors);
	const lenient =
		resolved.problems.length === 0
			? establishmentFromTable(table, { ...options, leaveOutBadRows: true })
			: undefined;
	if (lenient?.ok)
		return {
			preview: {
				...base,
				counts: countsOf(lenient.structure, lenient.rows),
				errors,
				leftOut: head(lenient.leftOut, lim.leftOut),
				warnings: lenient.warnings,
				clean: false,
				importableLeavingOut: true
			},
			structure: lenient.structure
		};
	return {
		preview: {
			...base,
			counts: { rows: table.rows.length, posts: 0, units: 0, vacancies: 0, managers: 0 },
			errors,
			leftOut: head([], lim.leftOut),
			warnings: [],
			clean: false,
			importableLeavingOut: false
		}
	};
}

/**
 * A key for "a file with the same headers", so a mapping chosen once is offered again: the
 * headers as the mapping reads them (case, spaces and punctuation aside), in order.
 */
export function headersKey(headers: readonly string[]): string {
	return headers.map((h) => h.toLowerCase().replace(/[^a-z0-9]/g, '')).join('|');
}
