import { afterEach, describe, expect, it } from 'vitest';
import { createSession, endSession, readSession, touchSession } from './sessions.ts';
import { testDatabase } from './testDb.ts';
import { insertUser, updateUser } from './users.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

const T0 = Date.parse('2026-12-03T09:00:00Z');
const HOUR = 3_600_000;

function ann() {
	t = testDatabase();
	return insertUser(t.db, { email: 'ann@council.gov.uk', role: 'viewer' });
}

describe('sessions', () => {
	it('createSession gives a 256-bit id and stores only its sha256', () => {
		const user = ann();
		const { id, session } = createSession(t.db, user.id, '10.0.0.5', T0);
		expect(Buffer.from(id, 'base64url')).toHaveLength(32);
		const stored = t.db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
		expect(stored).toEqual([{ id_hash: session.idHash }]);
		expect(session.idHash).not.toContain(id);
		expect(readSession(t.db, id, T0)?.user).toEqual(user);
	});

	it('a session ends after eight hours without a request', () => {
		const user = ann();
		const { id } = createSession(t.db, user.id, '', T0);
		expect(readSession(t.db, id, T0 + 8 * HOUR - 1)).toBeDefined();
		expect(readSession(t.db, id, T0 + 8 * HOUR)).toBeUndefined();
	});

	it('touching keeps it alive, but never past seven days after sign-in', () => {
		const user = ann();
		const { id } = createSession(t.db, user.id, '', T0);
		// A request every seven hours for a week.
		for (let at = T0; at < T0 + 168 * HOUR; at += 7 * HOUR) {
			const s = readSession(t.db, id, at);
			expect(s, `at hour ${(at - T0) / HOUR}`).toBeDefined();
			touchSession(t.db, s!.session, at);
		}
		expect(readSession(t.db, id, T0 + 168 * HOUR - 1)).toBeDefined();
		expect(readSession(t.db, id, T0 + 168 * HOUR)).toBeUndefined();
	});

	it('touchSession writes at most once a minute', () => {
		const user = ann();
		const { session } = createSession(t.db, user.id, '', T0);
		expect(touchSession(t.db, session, T0 + 59_999).lastSeenAt).toBe(T0);
		expect(touchSession(t.db, session, T0 + 60_000).lastSeenAt).toBe(T0 + 60_000);
	});

	it('endSession signs out at once; an unknown or empty id reads as nobody', () => {
		const user = ann();
		const { id } = createSession(t.db, user.id, '', T0);
		endSession(t.db, id);
		expect(readSession(t.db, id, T0)).toBeUndefined();
		expect(readSession(t.db, 'made-up', T0)).toBeUndefined();
		expect(readSession(t.db, undefined, T0)).toBeUndefined();
	});

	it('disabling a user ends their sessions', () => {
		const user = ann();
		const { id } = createSession(t.db, user.id, '', T0);
		updateUser(t.db, user.id, { disabled: true });
		expect(readSession(t.db, id, T0)).toBeUndefined();
	});
});
