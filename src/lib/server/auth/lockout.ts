import type Database from 'better-sqlite3';
import {
	ADDRESS_FAILURE_LIMIT,
	EMAIL_FAILURE_LIMIT,
	FAILURE_WINDOW_MS,
	LOCK_MS
} from './settings.ts';
import { normaliseEmail } from './users.ts';

/**
 * Counting failed sign-ins. Five failures for one email within fifteen minutes lock that email
 * for fifteen minutes (whoever tries it, so guessing one person's password is slow); fifty from
 * one address lock the address (so trying many emails is slow too). Attempts while locked are
 * refused without checking the password and are not counted, so a lock ends when it says it will.
 */

type Kind = 'email' | 'address';

/** When the email or the address is locked until (ms), or undefined when neither is. */
export function lockedUntil(
	db: Database.Database,
	email: string,
	address: string,
	now = Date.now()
): number | undefined {
	const rows = db
		.prepare<[string, string, number], { until: number }>(
			`SELECT until FROM sign_in_locks
			 WHERE ((kind = 'email' AND key = ?) OR (kind = 'address' AND key = ?)) AND until > ?`
		)
		.all(normaliseEmail(email), address, now);
	return rows.length ? Math.max(...rows.map((r) => r.until)) : undefined;
}

/** Count a failure; returns when a lock it caused ends, if it caused one. */
export function countFailure(
	db: Database.Database,
	email: string,
	address: string,
	now = Date.now()
): number | undefined {
	return db
		.transaction(() => {
			let locked: number | undefined;
			for (const [kind, key, limit] of [
				['email', normaliseEmail(email), EMAIL_FAILURE_LIMIT],
				['address', address, ADDRESS_FAILURE_LIMIT]
			] as [Kind, string, number][]) {
				if (!key) continue;
				db.prepare('INSERT INTO sign_in_failures (kind, key, at) VALUES (?, ?, ?)').run(
					kind,
					key,
					now
				);
				db.prepare('DELETE FROM sign_in_failures WHERE kind = ? AND key = ? AND at <= ?').run(
					kind,
					key,
					now - FAILURE_WINDOW_MS
				);
				const { n } = db
					.prepare<[string, string], { n: number }>(
						'SELECT COUNT(*) AS n FROM sign_in_failures WHERE kind = ? AND key = ?'
					)
					.get(kind, key)!;
				if (n >= limit) {
					const until = now + LOCK_MS;
					db.prepare(
						'INSERT OR REPLACE INTO sign_in_locks (kind, key, until) VALUES (?, ?, ?)'
					).run(kind, key, until);
					// The lock starts the count afresh once it ends.
					db.prepare('DELETE FROM sign_in_failures WHERE kind = ? AND key = ?').run(kind, key);
					locked = Math.max(locked ?? 0, until);
				}
			}
			return locked;
		})
		.immediate();
}

/** A successful sign-in forgets that email's failures (the address's stay: it may be spraying). */
export function clearFailures(db: Database.Database, email: string): void {
	db.prepare("DELETE FROM sign_in_failures WHERE kind = 'email' AND key = ?").run(
		normaliseEmail(email)
	);
}
