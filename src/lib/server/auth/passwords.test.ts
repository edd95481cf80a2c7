import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import { createUser } from './createUser.ts';
import { changePassword, verifyPassword } from './passwords.ts';
import { createSession, readSession } from './sessions.ts';
import { testDatabase } from './testDb.ts';
import { updateUser } from './users.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

const PASSWORD = 'correct horse battery';
const T0 = Date.parse('2026-12-03T09:00:00Z');
const MIN = 60_000;

async function withAnn() {
	t = testDatabase();
	return createUser(t.db, {
		email: 'Ann.Smith@Council.gov.uk ',
		role: 'editor',
		password: PASSWORD,
		by: 'system'
	});
}
const attempt = (
	password: string,
	at: number,
	address = '10.0.0.5',
	email = 'ann.smith@council.gov.uk'
) => verifyPassword(t.db, { email, password, address }, at);

describe('passwords', () => {
	it('createUser stores an argon2id hash, never the password, and the email in lower case', async () => {
		const ann = await withAnn();
		expect(ann).toMatchObject({
			email: 'ann.smith@council.gov.uk',
			displayName: 'ann.smith',
			role: 'editor',
			hasPassword: true,
			canSeePay: false
		});
		const { password_hash } = t.db.prepare('SELECT password_hash FROM users').get() as {
			password_hash: string;
		};
		expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(password_hash).not.toContain(PASSWORD);
		expect(listAudit(t.db, { action: 'user-add' })[0]).toMatchObject({
			actor: 'system',
			subject: 'ann.smith@council.gov.uk'
		});
	});

	it('createUser refuses a short password and a second account for the same email', async () => {
		await withAnn();
		await expect(
			createUser(t.db, {
				email: 'bo@council.gov.uk',
				role: 'viewer',
				password: 'short',
				by: 'system'
			})
		).rejects.toThrow(/at least 12 characters/);
		await expect(
			createUser(t.db, { email: 'ANN.SMITH@council.gov.uk', role: 'viewer', by: 'system' })
		).rejects.toThrow(/already an account/);
	});

	it('verifyPassword accepts the right password whatever the email’s case and records sign-in', async () => {
		const ann = await withAnn();
		const r = await attempt(PASSWORD, T0, '10.0.0.5', 'ANN.SMITH@council.gov.uk');
		expect(r).toEqual({ ok: true, user: ann });
		expect(listAudit(t.db).at(-1)).toMatchObject({
			action: 'sign-in',
			actor: ann.id,
			address: '10.0.0.5'
		});
	});

	it('a wrong password and an unknown email read the same: "wrong", recorded as sign-in-failed', async () => {
		await withAnn();
		expect(await attempt('not the password', T0)).toEqual({ ok: false, reason: 'wrong' });
		expect(await attempt(PASSWORD, T0, '10.0.0.5', 'nobody@council.gov.uk')).toEqual({
			ok: false,
			reason: 'wrong'
		});
		expect(listAudit(t.db, { action: 'sign-in-failed' }).map((e) => e.actor)).toHaveLength(2);
	});

	it('five failures within fifteen minutes lock the email for fifteen minutes, even to the right password', async () => {
		await withAnn();
		for (let i = 0; i < 4; i++)
			expect(await attempt('wrong guess', T0 + i * MIN)).toEqual({ ok: false, reason: 'wrong' });
		// The fifth failure, at 09:04, locks until 09:19.
		expect(await attempt('wrong guess', T0 + 4 * MIN)).toEqual({
			ok: false,
			reason: 'locked',
			until: T0 + 19 * MIN
		});
		expect(await attempt(PASSWORD, T0 + 18 * MIN)).toEqual({
			ok: false,
			reason: 'locked',
			until: T0 + 19 * MIN
		});
		// From another address too: the lock is on the email.
		expect(await attempt(PASSWORD, T0 + 18 * MIN, '10.9.9.9')).toMatchObject({ reason: 'locked' });
		expect(await attempt(PASSWORD, T0 + 19 * MIN)).toMatchObject({ ok: true });
	});

	it('failures spread over more than fifteen minutes do not lock, and a success forgets them', async () => {
		await withAnn();
		for (let i = 0; i < 4; i++) await attempt('wrong guess', T0 + i * MIN);
		// 09:16: the 09:00 failure has left the window, so this is the fourth in it, not the fifth.
		expect(await attempt('wrong guess', T0 + 16 * MIN)).toEqual({ ok: false, reason: 'wrong' });
		expect(await attempt(PASSWORD, T0 + 17 * MIN)).toMatchObject({ ok: true });
		for (let i = 0; i < 4; i++)
			expect(await attempt('wrong guess', T0 + (18 + i) * MIN)).toMatchObject({ reason: 'wrong' });
	});

	it('a disabled account cannot sign in, even with the right password', async () => {
		const ann = await withAnn();
		updateUser(t.db, ann.id, { disabled: true });
		expect(await attempt(PASSWORD, T0)).toEqual({ ok: false, reason: 'wrong' });
	});

	it('changePassword needs the current password, and signs out the other sessions', async () => {
		const ann = await withAnn();
		const here = createSession(t.db, ann.id, '', T0);
		const elsewhere = createSession(t.db, ann.id, '', T0);
		await expect(
			changePassword(t.db, { userId: ann.id, current: 'not it', next: 'a new long password' })
		).rejects.toThrow(/current password is not right/);
		await changePassword(t.db, {
			userId: ann.id,
			current: PASSWORD,
			next: 'a new long password',
			keepSessionHash: here.session.idHash
		});
		expect(readSession(t.db, here.id, T0)).toBeDefined();
		expect(readSession(t.db, elsewhere.id, T0)).toBeUndefined();
		expect(await attempt(PASSWORD, T0)).toMatchObject({ ok: false });
		expect(await attempt('a new long password', T0)).toMatchObject({ ok: true });
		expect(listAudit(t.db, { action: 'password-change' })).toHaveLength(1);
	});
});
