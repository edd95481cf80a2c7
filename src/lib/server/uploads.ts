import { parseByteSize } from '../model/upload';

/**
 * The most any request body may hold: BODY_SIZE_LIMIT, the same setting adapter-node enforces
 * while reading (server.js gives both the same default, 25M), so the app can refuse an oversized
 * upload first, in words, before reading it.
 */
export function uploadLimit(): number {
	return parseByteSize(process.env.BODY_SIZE_LIMIT);
}
