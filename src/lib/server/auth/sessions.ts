import type Database from 'better-sqlite3';
import { hashSecret, randomSecret } from './secrets.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_EVERY_MS } from './settings.ts';
import { getUser, type User } from './users.ts';

/**
 * Sessions: a random 256-bit id in an HttpOnly cookie, stored only as its sha256. A session ends
 * after SESSION_IDLE_MS (8 hours) without a request and SESSION_ABSOLUTE_MS (7 days) after sign-in.
 */

export interface Session {
	/** sha256 of the cookie value; what the database knows the session by. */
	idHash: string;
	userId: string;
	createdAt: number;
	expiresAt: number;
	lastSeenAt: number;
}

interface SessionRow {
	id_hash: string;
	user_id: string;
	created_at: number;
	expires_at: number;
	last_seen_at: number;
}

const toSession = (r: SessionRow): Session => ({
	idHash: r.id_hash,
	userId: r.user_id,
	createdAt: r.created_at,
	expiresAt: r.expires_at,
	lastSeenAt: r.last_seen_at
});

/** Start a session; returns the cookie value (shown once, never stored) and the session. */
export function createSession(
	db: Database.Database,
	userId: string,
	address = '',
	now = Date.now()
): { id: string; session: Session } {
	const id = randomSecret();
	const row: SessionRow = {
		id_hash: hashSecret(id),
		user_id: userId,
		created_at: now,
		expires_at: now + SESSION_ABSOLUTE_MS,
		last_seen_at: now
	};
	db.prepare(
		`INSERT INTO sessions (id_hash, user_id, created_at, expires_at, last_seen_at, address)
		 VALUES (@id_hash, @user_id, @created_at, @expires_at, @last_seen_at, @address)`
	).run({ ...row, address });
	// Ended sessions are swept at sign-in, so the table holds only the living and the recent.
	db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(
		now,
		now - SESSION_IDLE_MS
	);
	return { id, session: toSession(row) };
}

/** When a live session ends: idle expiry or the absolute limit, whichever comes first. */
export function sessionEnds(s: Session): number {
	return Math.min(s.expiresAt, s.lastSeenAt + SESSION_IDLE_MS);
}

/**
 * The session and its user for a cookie value, or undefined when there is none, it has ended, or
 * the user is disabled. Does not record the visit: call `touchSession`.
 */
export function readSession(
	db: Database.Database,
	id: string | undefined,
	now = Date.now()
): { session: Session; user: User } | undefined {
	if (!id) return undefined;
	const r = db
		.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?')
		.get(hashSecret(id));
	if (!r) return undefined;
	const session = toSession(r);
	if (now >= sessionEnds(session)) {
		db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(r.id_hash);
		return undefined;
	}
	const user = getUser(db, r.user_id);
	if (!user || user.disabled) return undefined;
	return { session, user };
}

/** Note that the session was used; written at most once a minute, since each write is an fsync. */
export function touchSession(db: Database.Database, session: Session, now = Date.now()): Session {
	if (now - session.lastSeenAt < SESSION_TOUCH_EVERY_MS) return session;
	db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, session.idHash);
	return { ...session, lastSeenAt: now };
}

/** Sign out: the session ends at once. */
export function endSession(db: Database.Database, id: string): void {
	db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashSecret(id));
}

/** Sign a user out everywhere (disabled, or password changed by an administrator). */
export function endAllSessions(db: Database.Database, userId: string): void {
	db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}
