import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits as base64url text (43 characters): session ids, API tokens, setup codes. */
export function randomSecret(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}

/** A short random id for rows (users, groups, tokens) that is not itself a secret. */
export function randomId(): string {
	return randomBytes(12).toString('base64url');
}

/**
 * Secrets are stored only as their sha256. A 256-bit random secret needs no salt or slow hash:
 * nobody can guess one, so a fast hash is enough to make a stolen database useless for signing in.
 */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

/** Compare two hex digests without leaking how much of them matched. */
export function sameDigest(a: string, b: string): boolean {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
