import { fileError, type EstablishmentError } from './errors';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: EstablishmentError };

/**
 * Bytes of a CSV file as text. Only UTF-8 is read (with or without a byte-order mark): a file in
 * another encoding is refused, naming the first line that is not UTF-8, rather than read with
 * wrong characters (a Windows-1252 '£' would silently become '�').
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		return {
			ok: false,
			error: fileError(
				file,
				'the file is UTF-16 text; save it as "CSV UTF-8 (Comma delimited)" and import it again'
			)
		};
	}
	try {
		// The decoder drops a UTF-8 byte-order mark itself.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const at = firstInvalidByte(bytes);
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < at; i++)
			if (bytes[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		const byte = bytes[at].toString(16).toUpperCase().padStart(2, '0');
		return {
			ok: false,
			error: {
				...fileError(
					file,
					`line ${line} is not UTF-8 text (byte 0x${byte}, character ${at - lineStart + 1} of the line; often a '£' or an accented letter saved as Windows-1252); save the file as "CSV UTF-8 (Comma delimited)" and import it again`
				),
				line
			}
		};
	}
}

/** Offset of the first byte that breaks UTF-8 (called only once the decoder has refused). */
export function firstInvalidByte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		// Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
		if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
		i += need + 1;
	}
	return bytes.length - 1;
}
