import type { ModelError } from './errors';

/**
 * One size policy for every upload (the import form, the API and the command line), and the check
 * that an uploaded file is text we can keep exactly as it was written.
 */

/** A whole-council HR export (100,000 rows) fits; the server's BODY_SIZE_LIMIT sets another. */
export const DEFAULT_UPLOAD_LIMIT = 25 * 1024 * 1024;

/** A size written as adapter-node reads BODY_SIZE_LIMIT: bytes, or a number with K, M or G. */
export function parseByteSize(text: string | undefined, fallback = DEFAULT_UPLOAD_LIMIT): number {
	if (!text) return fallback;
	if (text.trim() === 'Infinity') return Infinity;
	const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(text);
	if (!m) return fallback;
	const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
		m[2].toLowerCase() as '' | 'k' | 'm' | 'g'
	];
	return Math.floor(Number(m[1]) * unit);
}

/** "25 MB", "512 KB": the limit as a person reads it. */
export function formatByteSize(bytes: number): string {
	if (!Number.isFinite(bytes)) return 'no limit';
	if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
	if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
	return `${bytes} bytes`;
}

export function tooLargeMessage(fileName: string, limit: number): string {
	return `${fileName} is larger than ${formatByteSize(limit)}, the most this server accepts; nothing was imported. Split the file, or ask whoever runs the server to raise BODY_SIZE_LIMIT.`;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
		if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
		i += need + 1;
	}
	return -1;
}

/**
 * The file as text, or a located error when it is not UTF-8: decoding it anyway would replace
 * letters with "�" and save the damage without a word (a Windows-1252 '£' is the byte 0xA3). A
 * byte-order mark is dropped. The import form, the API, the command line and the HR export import
 * all read uploads through here.
 */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string
): { ok: true; text: string } | { ok: false; error: ModelError } {
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		return {
			ok: false,
			error: {
				file,
				field: '',
				message: `the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and upload it again`
			}
		};
	}
	try {
		// The fast path: the platform's decoder, which drops a UTF-8 byte-order mark itself.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const bad = firstInvalidUtf8(bytes);
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < bad; i++)
			if (bytes[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
		const column = bad - lineStart + 1;
		return {
			ok: false,
			error: {
				file,
				line,
				column,
				field: '',
				message: `line ${line} is not UTF-8 text (byte 0x${byte}, character ${column} of the line; often a '£' or an accented letter saved as Windows-1252); save the file as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and upload it again`
			}
		};
	}
}
