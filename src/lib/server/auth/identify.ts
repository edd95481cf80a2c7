import type Database from 'better-sqlite3';
import { readSession, touchSession, type Session } from './sessions.ts';
import { bearerToken, readToken, type ApiToken } from './tokens.ts';
import type { User } from './users.ts';

/** Who is asking: by session cookie (pages) or API token (scripts). */
export type Identity =
	{ user: User; via: 'session'; session: Session } | { user: User; via: 'token'; token: ApiToken };

/**
 * Work out who sent a request from its session cookie value and Authorization header, and note the
 * visit. A token wins when both are sent. Undefined for nobody (anonymous).
 */
export function identify(
	db: Database.Database,
	input: { sessionCookie?: string; authorization?: string | null },
	now = Date.now()
): Identity | undefined {
	const bearer = bearerToken(input.authorization ?? null);
	if (bearer) {
		const t = readToken(db, bearer, new Date(now));
		return t && { user: t.user, via: 'token', token: t.token };
	}
	const s = readSession(db, input.sessionCookie, now);
	if (!s) return undefined;
	return { user: s.user, via: 'session', session: touchSession(db, s.session, now) };
}
