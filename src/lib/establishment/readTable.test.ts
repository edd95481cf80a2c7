import { describe, expect, it } from 'vitest';
import { generateHrExport, toXlsx } from '../../../tests/support/hrExport';
import { decodeText } from './decodeText';
import { readTable } from './readTable';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readTable (CSV)', () => {
	it('strips a byte-order mark, trims cells and numbers rows as a spreadsheet does', async () => {
		const r = await readTable(
			bytes('\uFEFFPosition ID, Job Title\r\nP1,Chief Executive\r\n\r\nP2, Director \r\n'),
			'e.csv'
		);
		expect(r.ok && r.table.headers).toEqual(['Position ID', 'Job Title']);
		// the blank line is row 3: skipped, but P2 keeps its row number 4
		expect(r.ok && r.table.rows).toEqual([
			['P1', 'Chief Executive'],
			['P2', 'Director']
		]);
		expect(r.ok && r.table.rowNumbers).toEqual([2, 4]);
	});

	it('reads a semicolon-separated file with quoted cells', async () => {
		const r = await readTable(bytes('Position ID;Job Title\nP1;"Director; Finance"\n'), 'e.csv');
		expect(r.ok && r.table.delimiter).toBe(';');
		expect(r.ok && r.table.rows[0]).toEqual(['P1', 'Director; Finance']);
	});

	it('refuses a file that is not UTF-8, naming the file and the first bad line', async () => {
		// '£' in Windows-1252 is the single byte 0xA3
		const latin1 = Uint8Array.from([...bytes('Position ID,Salary\nP1,'), 0xa3, ...bytes('100\n')]);
		const r = await readTable(latin1, 'pay.csv');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0].file).toBe('pay.csv');
		expect(r.errors[0].line).toBe(2);
		expect(r.errors[0].message).toMatch(
			/^line 2 is not UTF-8 text \(byte 0xA3, character 4 of the line/
		);
		expect(r.errors[0].message).toContain('CSV UTF-8');
	});

	it('refuses UTF-16 and old .xls files with what to do', async () => {
		const utf16 = decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'a.csv');
		expect(!utf16.ok && utf16.error.message).toContain('UTF-16');
		const xls = await readTable(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls');
		expect(!xls.ok && xls.errors[0].message).toContain('.xlsx');
	});
});

describe('readTable (XLSX)', () => {
	it('reads the first sheet, numbers as text', async () => {
		const e = generateHrExport({ posts: 20 });
		const r = await readTable(await toXlsx(e), 'e.xlsx');
		expect(r.ok && r.table.format).toBe('xlsx');
		expect(r.ok && r.table.headers).toEqual(e.headers);
		expect(r.ok && r.table.rows).toEqual(e.rows);
		expect(r.ok && r.table.rowNumbers.slice(0, 3)).toEqual([2, 3, 4]);
	});

	it('refuses a damaged workbook with what to do', async () => {
		const r = await readTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx');
		expect(!r.ok && r.errors[0].message).toContain('could not be read');
	});
});
