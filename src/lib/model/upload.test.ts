import { describe, expect, it } from 'vitest';
import {
	decodeUtf8,
	firstInvalidUtf8,
	formatByteSize,
	parseByteSize,
	tooLargeMessage
} from './upload';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('upload size policy', () => {
	it('parseByteSize reads sizes as adapter-node does (K, M, G are powers of 1024)', () => {
		expect(parseByteSize('25M')).toBe(26_214_400);
		expect(parseByteSize('512K')).toBe(524_288);
		expect(parseByteSize('1000')).toBe(1000);
		expect(parseByteSize(undefined)).toBe(26_214_400);
		expect(parseByteSize('Infinity')).toBe(Infinity);
	});

	it('tooLargeMessage names the file, the limit and what to do', () => {
		expect(formatByteSize(26_214_400)).toBe('25 MB');
		expect(tooLargeMessage('hr.csv', 26_214_400)).toBe(
			'hr.csv is larger than 25 MB, the most this server accepts; nothing was imported. Split the file, or ask whoever runs the server to raise BODY_SIZE_LIMIT.'
		);
	});
});

describe('decodeUtf8', () => {
	it('accepts UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(utf8('\ufeffname: Café £5 — 東京'), 'a.yaml')).toEqual({
			ok: true,
			text: 'name: Café £5 — 東京'
		});
	});

	it('refuses Windows-1252 bytes at their line and column', () => {
		// "Caf\xe9" on line 2: é as the single byte 0xE9 (Windows-1252), not UTF-8's C3 A9.
		const r = decodeUtf8(bytes(...utf8('id: x\nname: Caf'), 0xe9, 0x0a), 'old.yaml');
		expect(r).toEqual({
			ok: false,
			error: {
				file: 'old.yaml',
				line: 2,
				column: 10,
				field: '',
				message: expect.stringContaining(
					'line 2 is not UTF-8 text (byte 0xE9, character 10 of the line'
				)
			}
		});
	});

	it('refuses UTF-16 with what to do', () => {
		const r = decodeUtf8(bytes(0xff, 0xfe, 0x41, 0x00), 'a.csv');
		expect(!r.ok && r.error.message).toContain('the file is UTF-16 text; save it as UTF-8');
	});

	it('firstInvalidUtf8 refuses overlong forms, surrogates and truncated sequences', () => {
		expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1); // overlong "/"
		expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
		expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1); // € cut short
		expect(firstInvalidUtf8(utf8('€ and 😀'))).toBe(-1);
	});
});
