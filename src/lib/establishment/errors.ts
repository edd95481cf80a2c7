import type { ModelError } from '../model/errors';

/**
 * A problem in an HR export, placed as the user sees it in a spreadsheet: the file, the row number
 * (the header is row 1), the column header and the value found. It is a ModelError too (`line` is
 * the row, `field` the column header), so the CLI, the API and the pages show it like any other.
 */
export interface EstablishmentError extends ModelError {
	/** Spreadsheet row (the header row is 1); absent for a problem with the whole file. */
	row?: number;
	/** The column header as written in the file. */
	header?: string;
	/** The value found in the cell. */
	value?: string;
}

export function rowError(
	file: string,
	row: number,
	header: string,
	value: string,
	message: string
): EstablishmentError {
	return { file, line: row, row, field: header, header, value, message };
}

export function fileError(file: string, message: string, field = ''): EstablishmentError {
	return { file, field, message };
}

/**
 * `establishment.csv row 42: FTE "abc" is not a number; …` (the message names the column and the
 * value), or `establishment.csv: message` for the whole file.
 */
export function formatEstablishmentError(e: EstablishmentError): string {
	if (e.row !== undefined) return `${e.file} row ${e.row}: ${e.message}`;
	return e.field ? `${e.file} ${e.field}: ${e.message}` : `${e.file}: ${e.message}`;
}
