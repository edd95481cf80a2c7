import type Database from 'better-sqlite3';
import { randomId } from './secrets.ts';

export type Role = 'admin' | 'editor' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'editor', 'viewer'];
export const ROLE_NAMES: Record<Role, string> = {
	admin: 'Administrator',
	editor: 'Editor',
	viewer: 'Viewer'
};

export interface User {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	/** May see salaries, on-costs and per-post costs; without it they are masked everywhere. */
	canSeePay: boolean;
	disabled: boolean;
	createdAt: string;
	/** False for someone who signs in only through single sign-on. */
	hasPassword: boolean;
}

interface UserRow {
	id: string;
	email: string;
	display_name: string;
	role: Role;
	can_see_pay: 0 | 1;
	password_hash: string | null;
	created_at: string;
	disabled: 0 | 1;
}

export function toUser(r: UserRow): User {
	return {
		id: r.id,
		email: r.email,
		displayName: r.display_name,
		role: r.role,
		canSeePay: r.can_see_pay === 1,
		disabled: r.disabled === 1,
		createdAt: r.created_at,
		hasPassword: r.password_hash !== null
	};
}

export function isRole(x: unknown): x is Role {
	return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** Trimmed and lower-cased, so "Ann@Council.gov.uk " and "ann@council.gov.uk" are one person. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** A plausible address: something@something.something, no spaces. Not a delivery check. */
export function looksLikeEmail(email: string): boolean {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export class AccountError extends Error {}

export interface NewUser {
	email: string;
	displayName?: string;
	role: Role;
	canSeePay?: boolean;
	/** The argon2id hash (see passwords.ts `hashPassword`); absent for single sign-on only. */
	passwordHash?: string | null;
}

/** Add a user; throws AccountError in words for a bad or taken email. */
export function insertUser(db: Database.Database, input: NewUser, now = new Date()): User {
	const email = normaliseEmail(input.email);
	if (!looksLikeEmail(email)) throw new AccountError(`"${input.email}" is not an email address.`);
	if (!isRole(input.role)) throw new AccountError(`The role must be admin, editor or viewer.`);
	if (findUserByEmail(db, email))
		throw new AccountError(`There is already an account for ${email}.`);
	const row: UserRow = {
		id: randomId(),
		email,
		display_name: input.displayName?.trim() || email.split('@')[0],
		role: input.role,
		can_see_pay: input.canSeePay ? 1 : 0,
		password_hash: input.passwordHash ?? null,
		created_at: now.toISOString(),
		disabled: 0
	};
	db.prepare(
		`INSERT INTO users (id, email, display_name, role, can_see_pay, password_hash, created_at, disabled)
		 VALUES (@id, @email, @display_name, @role, @can_see_pay, @password_hash, @created_at, @disabled)`
	).run(row);
	return toUser(row);
}

export function getUser(db: Database.Database, id: string): User | undefined {
	const r = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
	return r && toUser(r);
}

export function findUserByEmail(db: Database.Database, email: string): User | undefined {
	const r = db
		.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?')
		.get(normaliseEmail(email));
	return r && toUser(r);
}

/** The stored password hash (never leaves the server side of auth). */
export function passwordHashOf(db: Database.Database, id: string): string | null {
	const r = db
		.prepare<[string], { password_hash: string | null }>(
			'SELECT password_hash FROM users WHERE id = ?'
		)
		.get(id);
	return r?.password_hash ?? null;
}

export function listUsers(db: Database.Database): User[] {
	return db.prepare<[], UserRow>('SELECT * FROM users ORDER BY email').all().map(toUser);
}

export function countUsers(db: Database.Database): number {
	return (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

/** Change role, pay right or disabled; returns the user as it now is. */
export function updateUser(
	db: Database.Database,
	id: string,
	change: { role?: Role; canSeePay?: boolean; disabled?: boolean; displayName?: string }
): User {
	const before = getUser(db, id);
	if (!before) throw new AccountError('There is no such user.');
	if (change.role !== undefined && !isRole(change.role))
		throw new AccountError('The role must be admin, editor or viewer.');
	const after = { ...before, ...change };
	db.prepare(
		'UPDATE users SET role = ?, can_see_pay = ?, disabled = ?, display_name = ? WHERE id = ?'
	).run(after.role, after.canSeePay ? 1 : 0, after.disabled ? 1 : 0, after.displayName, id);
	if (after.disabled) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
	return getUser(db, id)!;
}
