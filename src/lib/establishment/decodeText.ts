import { decodeUtf8 } from '../model/upload';
import type { EstablishmentError } from './errors';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: EstablishmentError };

/**
 * Bytes of a CSV file as text: only UTF-8 is read (with or without a byte-order mark), by the one
 * decoder every upload goes through; a file in another encoding is refused at its first bad line.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
	return decodeUtf8(bytes, file);
}
