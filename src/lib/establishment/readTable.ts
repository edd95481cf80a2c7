/**
 * An HR export (CSV or XLSX) as a table of text: the header row and the data rows, each cell
 * trimmed, with the row number the user sees in a spreadsheet (the header is row 1). Rows that
 * are entirely blank are skipped but keep their numbers, so every later message points at the
 * right row.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { decodeText } from './decodeText';
import { fileError, type EstablishmentError } from './errors';

export interface Table {
	file: string;
	format: 'csv' | 'xlsx';
	/** Column headers as written, trimmed. */
	headers: string[];
	/** Cells by column position, trimmed; '' for an empty cell. */
	rows: string[][];
	/** Spreadsheet row number of each entry of rows. */
	rowNumbers: number[];
	/** The CSV delimiter found (',' ';' or a tab). */
	delimiter?: string;
}

export type TableResult = { ok: true; table: Table } | { ok: false; errors: EstablishmentError[] };

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const XLS_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function formatOf(bytes: Uint8Array, file: string): 'csv' | 'xlsx' | 'xls' {
	if (startsWith(bytes, XLSX_MAGIC)) return 'xlsx';
	if (startsWith(bytes, XLS_MAGIC)) return 'xls';
	const lower = file.toLowerCase();
	if (lower.endsWith('.xlsx')) return 'xlsx';
	if (lower.endsWith('.xls')) return 'xls';
	return 'csv';
}

/** Reads a CSV or XLSX export (the first sheet), told apart by its first bytes. */
export async function readTable(bytes: Uint8Array, file: string): Promise<TableResult> {
	const format = formatOf(bytes, file);
	if (format === 'xls')
		return {
			ok: false,
			errors: [
				fileError(
					file,
					'this is an old Excel .xls file; save it as .xlsx (Excel Workbook) or "CSV UTF-8" and import it again'
				)
			]
		};
	return format === 'xlsx' ? readXlsx(bytes, file) : readCsv(bytes, file);
}

/** The delimiter of the header line: whichever of comma, semicolon and tab it has most of. */
export function detectDelimiter(text: string): string {
	const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c in counts) counts[c]++;
	}
	let best = ',';
	for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
	return best;
}

export function readCsv(bytes: Uint8Array, file: string): TableResult {
	const decoded = decodeText(bytes, file);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	return csvTable(decoded.text, file);
}

export function csvTable(text: string, file: string): TableResult {
	const delimiter = detectDelimiter(text);
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
	if (quoteErrors.length > 0) {
		return {
			ok: false,
			errors: quoteErrors.slice(0, 20).map((e) => ({
				...fileError(
					file,
					`${e.message}: a quoted cell is not closed; close the quote (") or remove it`
				),
				...(e.row !== undefined ? { line: e.row + 1, row: e.row + 1 } : {})
			}))
		};
	}
	return tableOf(file, 'csv', parsed.data, delimiter);
}

type Cell = string | number | boolean | Date | null | undefined;

export async function readXlsx(bytes: Uint8Array, file: string): Promise<TableResult> {
	let data: Cell[][];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		data = (await readSheet(buffer as ArrayBuffer)) as Cell[][];
	} catch (e) {
		const what = e instanceof Error ? e.message : String(e);
		return {
			ok: false,
			errors: [
				fileError(
					file,
					`the spreadsheet could not be read (${what}); open it in Excel, save it again as .xlsx or "CSV UTF-8", and import that`
				)
			]
		};
	}
	return tableOf(file, 'xlsx', data);
}

function cellText(c: Cell): string {
	if (c === null || c === undefined) return '';
	if (c instanceof Date) return c.toISOString().slice(0, 10);
	return String(c).trim();
}

function tableOf(
	file: string,
	format: Table['format'],
	data: Cell[][],
	delimiter?: string
): TableResult {
	// The header is the first row with anything in it.
	let h = 0;
	while (h < data.length && data[h].every((c) => cellText(c) === '')) h++;
	if (h === data.length)
		return {
			ok: false,
			errors: [fileError(file, 'the file is empty; it needs a header row and a row for each post')]
		};
	const headers = data[h].map(cellText);
	const width = headers.length;
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	for (let r = h + 1; r < data.length; r++) {
		const raw = data[r];
		const cells = new Array<string>(width);
		let blank = true;
		for (let c = 0; c < width; c++) {
			const t = cellText(raw[c]);
			cells[c] = t;
			if (t !== '') blank = false;
		}
		if (blank) continue;
		rows.push(cells);
		rowNumbers.push(r + 1);
	}
	return {
		ok: true,
		table: { file, format, headers, rows, rowNumbers, ...(delimiter ? { delimiter } : {}) }
	};
}
