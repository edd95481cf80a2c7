import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import { identify } from './identify.ts';
import { createSession } from './sessions.ts';
import { testDatabase } from './testDb.ts';
import { bearerToken, createToken, listTokens, readToken, revokeToken } from './tokens.ts';
import { insertUser, updateUser } from './users.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

function bo() {
	t = testDatabase();
	return insertUser(t.db, { email: 'bo@council.gov.uk', role: 'editor' });
}

describe('API tokens', () => {
	it('createToken shows the token once and stores only its hash; readToken finds its user', () => {
		const user = bo();
		const { token, record } = createToken(t.db, {
			userId: user.id,
			name: 'nightly export',
			by: 'system'
		});
		expect(token).toMatch(/^cdt_[A-Za-z0-9_-]{43}$/);
		const rows = t.db.prepare('SELECT * FROM api_tokens').all() as { token_hash: string }[];
		expect(JSON.stringify(rows)).not.toContain(token.slice(4));
		expect(readToken(t.db, token)?.user).toEqual(user);
		expect(record.name).toBe('nightly export');
		expect(listAudit(t.db, { action: 'token-create' })[0]).toMatchObject({
			subject: 'bo@council.gov.uk'
		});
	});

	it('readToken notes when it was last used', () => {
		const user = bo();
		const { token } = createToken(t.db, { userId: user.id, by: 'system' });
		readToken(t.db, token, new Date('2026-12-03T09:00:00Z'));
		expect(listTokens(t.db, user.id)[0].lastUsedAt).toBe('2026-12-03T09:00:00.000Z');
	});

	it('a revoked token stops working at once', () => {
		const user = bo();
		const { token, record } = createToken(t.db, { userId: user.id, by: 'system' });
		revokeToken(t.db, { tokenId: record.id, by: user.id });
		expect(readToken(t.db, token)).toBeUndefined();
		expect(listTokens(t.db, user.id)[0].revokedAt).toBeDefined();
		expect(listAudit(t.db, { action: 'token-revoke' })).toHaveLength(1);
	});

	it('a disabled user’s token does not work; nor does a made-up one', () => {
		const user = bo();
		const { token } = createToken(t.db, { userId: user.id, by: 'system' });
		updateUser(t.db, user.id, { disabled: true });
		expect(readToken(t.db, token)).toBeUndefined();
		expect(readToken(t.db, 'cdt_madeup')).toBeUndefined();
		expect(readToken(t.db, 'not-a-token')).toBeUndefined();
	});

	it('bearerToken reads "Bearer cdt_…" and nothing else', () => {
		expect(bearerToken('Bearer cdt_abc')).toBe('cdt_abc');
		expect(bearerToken('bearer cdt_abc')).toBe('cdt_abc');
		expect(bearerToken('Basic abc')).toBeUndefined();
		expect(bearerToken(null)).toBeUndefined();
	});

	it('identify takes a token over a session cookie, and a session when there is no token', () => {
		const user = bo();
		const other = insertUser(t.db, { email: 'cy@council.gov.uk', role: 'viewer' });
		const { token } = createToken(t.db, { userId: user.id, by: 'system' });
		const { id } = createSession(t.db, other.id);
		expect(identify(t.db, { sessionCookie: id, authorization: `Bearer ${token}` })).toMatchObject({
			via: 'token',
			user: { id: user.id }
		});
		expect(identify(t.db, { sessionCookie: id })).toMatchObject({
			via: 'session',
			user: { id: other.id }
		});
		// A bad token is nobody, not a fall back to the cookie: a script gets a clear 401.
		expect(
			identify(t.db, { sessionCookie: id, authorization: 'Bearer cdt_wrong' })
		).toBeUndefined();
	});
});
