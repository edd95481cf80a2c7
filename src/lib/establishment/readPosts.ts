/**
 * The rows of an HR export as post records, each cell read by the mapping. Problems with a single
 * cell (a missing id or title, an FTE that is not a number…) are collected per row, located by
 * row and column; the rows are kept, marked, so the line-management checks still see every id.
 */
import type { FundingSplit, PostStatus } from '../model/types';
import { parseFte, parseFunding, parseSalary, parseVacancy, type Parsed } from './cellValues';
import { SINGLE_FIELDS, type ResolvedMapping, type SingleField } from './columns';
import { rowError, type EstablishmentError } from './errors';
import type { Table } from './readTable';

export interface PostRow {
	/** Spreadsheet row number. */
	row: number;
	/** Position ID as written. */
	id: string;
	/** The manager's Position ID as written; '' for none. */
	reportsTo: string;
	title: string;
	/** Grade as written; '' for none. */
	grade: string;
	/** Department names, outermost first, blanks left out. */
	units: string[];
	fte: number;
	salary?: number;
	status: PostStatus;
	costCentre?: string;
	funding?: FundingSplit;
}

export interface ReadPosts {
	posts: PostRow[];
	/** 1 where the row has a problem of its own. */
	bad: Uint8Array;
	errors: EstablishmentError[];
	/** Rows whose FTE was blank and is taken as 1. */
	blankFte: number;
}

export function readPosts(table: Table, resolved: ResolvedMapping): ReadPosts {
	const { columns, mapping } = resolved;
	const file = table.file;
	const n = table.rows.length;
	const posts: PostRow[] = new Array(n);
	const bad = new Uint8Array(n);
	const errors: EstablishmentError[] = [];
	let blankFte = 0;
	const col = (f: SingleField) => columns[f] ?? -1;
	// In SINGLE_FIELDS order.
	const [cId, cRt, cTitle, cGrade, cFte, cSalary, cVac, cCc, cFund] = SINGLE_FIELDS.map(col);
	const unitCols = columns.units;
	for (let i = 0; i < n; i++) {
		const cells = table.rows[i];
		const row = table.rowNumbers[i];
		const fail = (field: SingleField, value: string, message: string) => {
			errors.push(rowError(file, row, mapping[field] ?? field, value, message));
			bad[i] = 1;
		};
		const read = <T>(
			field: SingleField,
			c: number,
			parse: (t: string) => Parsed<T>,
			fallback: T
		): T => {
			if (c < 0) return fallback;
			const text = cells[c];
			const r = parse(text);
			if (r.ok) return r.value;
			fail(field, text, `${mapping[field]} "${text}" ${r.message}`);
			return fallback;
		};
		const id = cells[cId];
		const title = cells[cTitle];
		if (id === '')
			fail('id', id, `${mapping.id} is blank; every post needs a position id, unique in the file`);
		if (title === '') fail('title', title, `${mapping.title} is blank; give the post a job title`);
		const units: string[] = [];
		for (const c of unitCols) if (cells[c] !== '') units.push(cells[c]);
		if (cFte >= 0 && cells[cFte] === '') blankFte++;
		const fte = read('fte', cFte, parseFte, 1);
		const salary = read('salary', cSalary, parseSalary, undefined);
		const status = read('vacancy', cVac, parseVacancy, 'existing' as PostStatus);
		const funding = read('funding', cFund, parseFunding, undefined);
		const costCentre = cCc >= 0 && cells[cCc] !== '' ? cells[cCc] : undefined;
		posts[i] = {
			row,
			id,
			reportsTo: cells[cRt],
			title,
			grade: cGrade >= 0 ? cells[cGrade] : '',
			units,
			fte,
			status,
			...(salary !== undefined ? { salary } : {}),
			...(costCentre !== undefined ? { costCentre } : {}),
			...(funding !== undefined ? { funding } : {})
		};
	}
	return { posts, bad, errors, blankFte };
}
