import type Database from 'better-sqlite3';
import { record, type Actor } from './audit.ts';
import { hashSecret, randomId, randomSecret } from './secrets.ts';
import { AccountError, getUser, type User } from './users.ts';

/**
 * API tokens for scripts (`Authorization: Bearer cdt_…`): 256 random bits, stored only as their
 * sha256, shown once when made. A token acts as its user, with the user's rights, until revoked.
 */

export const TOKEN_PREFIX = 'cdt_';

export interface ApiToken {
	id: string;
	name: string;
	userId: string;
	createdAt: string;
	lastUsedAt?: string;
	revokedAt?: string;
}

interface TokenRow {
	id: string;
	token_hash: string;
	name: string;
	user_id: string;
	created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

const toToken = (r: TokenRow): ApiToken => ({
	id: r.id,
	name: r.name,
	userId: r.user_id,
	createdAt: r.created_at,
	lastUsedAt: r.last_used_at ?? undefined,
	revokedAt: r.revoked_at ?? undefined
});

/** Make a token; the returned `token` is the only time its value is seen. Records `token-create`. */
export function createToken(
	db: Database.Database,
	input: { userId: string; name?: string; by: Actor; address?: string },
	now = new Date()
): { token: string; record: ApiToken } {
	const user = getUser(db, input.userId);
	if (!user) throw new AccountError('There is no such user.');
	const token = TOKEN_PREFIX + randomSecret();
	const row: TokenRow = {
		id: randomId(),
		token_hash: hashSecret(token),
		name: input.name?.trim() || `token made ${now.toISOString().slice(0, 10)}`,
		user_id: user.id,
		created_at: now.toISOString(),
		last_used_at: null,
		revoked_at: null
	};
	db.transaction(() => {
		db.prepare(
			`INSERT INTO api_tokens (id, token_hash, name, user_id, created_at, last_used_at, revoked_at)
			 VALUES (@id, @token_hash, @name, @user_id, @created_at, @last_used_at, @revoked_at)`
		).run(row);
		record(db, {
			actor: input.by,
			action: 'token-create',
			address: input.address,
			subject: user.email,
			detail: { tokenId: row.id, name: row.name }
		});
	})();
	return { token, record: toToken(row) };
}

/**
 * The token and its user for an `Authorization: Bearer` value, or undefined when unknown, revoked
 * or its user is disabled. Notes when it was last used (at most once a minute).
 */
export function readToken(
	db: Database.Database,
	token: string | undefined,
	now = new Date()
): { token: ApiToken; user: User } | undefined {
	if (!token || !token.startsWith(TOKEN_PREFIX)) return undefined;
	const r = db
		.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?')
		.get(hashSecret(token));
	if (!r || r.revoked_at) return undefined;
	const user = getUser(db, r.user_id);
	if (!user || user.disabled) return undefined;
	if (!r.last_used_at || now.getTime() - Date.parse(r.last_used_at) >= 60_000) {
		r.last_used_at = now.toISOString();
		db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(r.last_used_at, r.id);
	}
	return { token: toToken(r), user };
}

/** The token from an Authorization header ("Bearer cdt_…"), if it carries one. */
export function bearerToken(header: string | null): string | undefined {
	const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
	return m?.[1];
}

/** Revoke a token by id; it stops working at once. Records `token-revoke`. */
export function revokeToken(
	db: Database.Database,
	input: { tokenId: string; by: Actor; address?: string },
	now = new Date()
): void {
	const r = db
		.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE id = ?')
		.get(input.tokenId);
	if (!r) throw new AccountError('There is no such token.');
	if (r.revoked_at) return;
	db.transaction(() => {
		db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ?').run(now.toISOString(), r.id);
		record(db, {
			actor: input.by,
			action: 'token-revoke',
			address: input.address,
			subject: getUser(db, r.user_id)?.email ?? r.user_id,
			detail: { tokenId: r.id, name: r.name }
		});
	})();
}

export function listTokens(db: Database.Database, userId: string): ApiToken[] {
	return db
		.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at')
		.all(userId)
		.map(toToken);
}
