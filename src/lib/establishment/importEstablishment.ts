/**
 * Import an HR establishment (CSV or XLSX) as a Structure: read, map the columns, check every row
 * and the line management, then build. Either the whole file goes in, or (with leaveOutBadRows)
 * the bad rows and every row under them are left out and listed; never a silent drop, never a
 * half-built structure. Server-independent: the CLI, the API route and the pages all call
 * establishmentFromFile.
 */
import { validateStructure } from '../model/validate';
import type { Structure } from '../model/types';
import { checkLines } from './checkLines';
import {
	describeMapping,
	resolveMapping,
	type ColumnMapping,
	type MappingOverride
} from './columns';
import { fileError, type EstablishmentError } from './errors';
import { buildGrades } from './grades';
import { gradeIdOf, structureIdOf } from './ids';
import { buildStructure } from './buildStructure';
import { readPosts } from './readPosts';
import { readTable, type Table } from './readTable';

export interface ImportOptions {
	/** Columns to read, laid over the detected mapping (see resolveMapping). */
	columns?: MappingOverride;
	/** Leave out the bad rows (and the rows under them) instead of refusing the file. */
	leaveOutBadRows?: boolean;
	/** A structure whose grades, assumptions, default funding and span rules the import uses. */
	base?: Structure;
	id?: string;
	name?: string;
	/** ISO date the establishment describes; today when not given. */
	date?: string;
}

/** A row left out, with why. */
export interface LeftOutRow {
	row: number;
	id: string;
	title: string;
	reasons: string[];
}

export type ImportResult =
	| {
			ok: true;
			structure: Structure;
			mapping: ColumnMapping;
			leftOut: LeftOutRow[];
			warnings: string[];
			/** Data rows read (blank rows not counted). */
			rows: number;
	  }
	| { ok: false; errors: EstablishmentError[]; mapping?: ColumnMapping; rows?: number };

export async function establishmentFromFile(
	bytes: Uint8Array,
	fileName: string,
	options: ImportOptions = {}
): Promise<ImportResult> {
	const read = await readTable(bytes, fileName);
	if (!read.ok) return { ok: false, errors: read.errors };
	return establishmentFromTable(read.table, options);
}

export function establishmentFromTable(table: Table, options: ImportOptions = {}): ImportResult {
	const file = table.file;
	const resolved = resolveMapping(table.headers, options.columns);
	const { mapping } = resolved;
	if (resolved.problems.length > 0)
		return {
			ok: false,
			errors: resolved.problems.map((p) => fileError(file, p, 'columns')),
			mapping
		};
	const rows = table.rows.length;
	if (rows === 0)
		return {
			ok: false,
			errors: [fileError(file, 'the file has a header row but no posts')],
			mapping
		};

	const { posts, bad, errors, blankFte } = readPosts(table, resolved);
	const { grades, gradeIds, uncosted } = buildGrades(
		file,
		posts,
		bad,
		mapping.grade ?? mapping.salary ?? 'Grade',
		errors,
		options.base
	);
	const lines = checkLines(
		file,
		posts,
		bad,
		{ id: mapping.id!, reportsTo: mapping.reportsTo! },
		errors
	);
	errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	if (errors.length > 0 && !options.leaveOutBadRows) return { ok: false, errors, mapping, rows };

	// Left out: each bad row with its own problems, then each row under one, naming its manager.
	const reasons = new Map<number, string[]>();
	for (const e of errors) {
		if (e.row === undefined) continue;
		let list = reasons.get(e.row);
		if (!list) reasons.set(e.row, (list = []));
		list.push(e.message);
	}
	const leftOut: LeftOutRow[] = [];
	for (let i = 0; i < posts.length; i++) {
		if (!bad[i]) continue;
		const p = posts[i];
		leftOut.push({
			row: p.row,
			id: p.id,
			title: p.title,
			reasons: reasons.get(p.row) ?? [
				lines.notes.get(i) ?? uncosted.get(gradeIdOf(p.grade)) ?? 'see the errors for this row'
			]
		});
	}
	for (const [i, m] of lines.underLeftOut) {
		const p = posts[i];
		const manager = posts[m];
		leftOut.push({
			row: p.row,
			id: p.id,
			title: p.title,
			reasons: [`its line manager ${manager.id} (${manager.title}, row ${manager.row}) is left out`]
		});
	}
	leftOut.sort((a, b) => a.row - b.row);
	if (lines.top < 0 || !lines.kept[lines.top])
		return {
			ok: false,
			errors: errors.length
				? errors
				: [fileError(file, 'the top post is left out, so nothing is left to import')],
			mapping,
			rows
		};

	const warnings: string[] = [];
	if (blankFte > 0)
		warnings.push(
			`${blankFte} row${blankFte === 1 ? ' has' : 's have'} a blank ${mapping.fte}, taken as 1 (full time)`
		);
	if (resolved.unused.length > 0) warnings.push(`columns not read: ${resolved.unused.join(', ')}`);
	if (mapping.units.length === 0) warnings.push('no department column: every post is in one unit');

	const date = options.date ?? new Date().toISOString().slice(0, 10);
	const structure = buildStructure(
		{
			file,
			posts,
			postIds: lines.postIds,
			gradeIds,
			parent: lines.parent,
			kept: lines.kept,
			top: lines.top,
			grades,
			leftOut: leftOut.length
		},
		{
			id: options.id ?? structureIdOf(file),
			name: options.name ?? `Establishment from ${file.replace(/^.*[\\/]/, '')}`,
			date,
			base: options.base
		}
	);
	// The model's own rules, as a last guard: what the import builds must load everywhere.
	const invalid = validateStructure(structure, file);
	if (invalid.length > 0) return { ok: false, errors: invalid, mapping, rows };
	return { ok: true, structure, mapping, leftOut, warnings, rows };
}

export { describeMapping };
