import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type Database from 'better-sqlite3';
import { record } from './audit.ts';
import { clearFailures, countFailure, lockedUntil } from './lockout.ts';
import { MIN_PASSWORD_LENGTH } from './settings.ts';
import { AccountError, findUserByEmail, getUser, passwordHashOf, type User } from './users.ts';

/**
 * Passwords, hashed with argon2id at the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's
 * recommended minimum), about 30 ms a hash on this machine.
 */
// The library's const enum cannot be imported under verbatimModuleSyntax; 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
	return hash(password, { algorithm: ARGON2ID });
}

/** What is wrong with a new password, in words, or undefined when it will do. */
export function passwordProblem(password: string, email?: string): string | undefined {
	if (password.length < MIN_PASSWORD_LENGTH)
		return `A password needs at least ${MIN_PASSWORD_LENGTH} characters; three random words make a good one.`;
	if (password.length > 1024) return 'A password may have at most 1,024 characters.';
	if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
		return 'A password must not be the email address.';
	return undefined;
}

// Checked against when the email is unknown, so an unknown email takes as long as a wrong password
// and the timing does not say which accounts exist.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('not anyone’s password, only for timing'));

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'locked'; until: number };

/**
 * Check an email and password, with the lockout: refused while the email or address is locked;
 * a wrong password (or unknown email, or disabled account, or one without a password) counts as a
 * failure. Records `sign-in` or `sign-in-failed` in the audit trail. Never says which part was wrong.
 */
export async function verifyPassword(
	db: Database.Database,
	input: { email: string; password: string; address: string },
	now = Date.now()
): Promise<SignInResult> {
	const { email, password, address } = input;
	const audit = (action: 'sign-in' | 'sign-in-failed', actor: string, detail: object) =>
		record(
			db,
			{ actor, action, address, subject: email.trim().toLowerCase(), detail: { ...detail } },
			new Date(now)
		);
	const locked = lockedUntil(db, email, address, now);
	if (locked !== undefined) {
		audit('sign-in-failed', 'anonymous', {
			reason: 'locked',
			until: new Date(locked).toISOString()
		});
		return { ok: false, reason: 'locked', until: locked };
	}
	const user = findUserByEmail(db, email);
	const stored = user ? passwordHashOf(db, user.id) : null;
	const matches = await verify(stored ?? (await dummy()), password).catch(() => false);
	if (!user || !stored || !matches || user.disabled) {
		const until = countFailure(db, email, address, now);
		audit('sign-in-failed', user?.id ?? 'anonymous', {
			reason: user?.disabled ? 'disabled' : 'wrong',
			...(until ? { lockedUntil: new Date(until).toISOString() } : {})
		});
		return until ? { ok: false, reason: 'locked', until } : { ok: false, reason: 'wrong' };
	}
	clearFailures(db, email);
	audit('sign-in', user.id, { method: 'password' });
	return { ok: true, user };
}

/** Set a new password (the current one must be given unless an administrator sets it). */
export async function changePassword(
	db: Database.Database,
	input: {
		userId: string;
		current?: string;
		next: string;
		byAdmin?: string;
		address?: string;
		/** Keep this session; every other session of the user ends. */
		keepSessionHash?: string;
	}
): Promise<void> {
	const user = getUser(db, input.userId);
	if (!user) throw new AccountError('There is no such user.');
	if (!input.byAdmin) {
		const stored = passwordHashOf(db, user.id);
		if (stored && !(await verify(stored, input.current ?? '').catch(() => false)))
			throw new AccountError('The current password is not right.');
	}
	const problem = passwordProblem(input.next, user.email);
	if (problem) throw new AccountError(problem);
	const hashed = await hashPassword(input.next);
	db.transaction(() => {
		db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hashed, user.id);
		// Anyone signed in with the old password is signed out.
		db.prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash IS NOT ?').run(
			user.id,
			input.keepSessionHash ?? null
		);
		record(db, {
			actor: input.byAdmin ?? user.id,
			action: 'password-change',
			address: input.address,
			subject: user.email,
			detail: input.byAdmin ? { byAdministrator: true } : {}
		});
	})();
}
