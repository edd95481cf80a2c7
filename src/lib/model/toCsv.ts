import Papa from 'papaparse';

/**
 * Text a spreadsheet would run as a formula: a cell starting =, +, -, @, tab or carriage return
 * (OWASP's list). A plain number such as -1234.56 is left alone, so money stays summable.
 */
const FORMULA = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/**
 * Every CSV the product writes goes through here: a header row, then the rows, CRLF line ends,
 * and any cell that would run as a formula prefixed with ' so a spreadsheet shows it as text.
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return Papa.unparse(
		{ fields: [...fields], data: rows.map((r) => [...r]) },
		{ escapeFormulae: FORMULA, newline: '\r\n' }
	);
}
