import type Database from 'better-sqlite3';
import { record, type Actor } from './audit.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { AccountError, insertUser, type Role, type User } from './users.ts';

/**
 * Add a person: with a password (checked and hashed with argon2id), or without one for someone who
 * signs in only through single sign-on. Records `user-add`.
 */
export async function createUser(
	db: Database.Database,
	input: {
		email: string;
		displayName?: string;
		role: Role;
		canSeePay?: boolean;
		password?: string;
		by: Actor;
		address?: string;
	}
): Promise<User> {
	if (input.password !== undefined) {
		const problem = passwordProblem(input.password, input.email);
		if (problem) throw new AccountError(problem);
	}
	const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
	return db.transaction(() => {
		const user = insertUser(db, { ...input, passwordHash });
		record(db, {
			actor: input.by,
			action: 'user-add',
			address: input.address,
			subject: user.email,
			detail: { role: user.role, canSeePay: user.canSeePay, password: passwordHash !== null }
		});
		return user;
	})();
}
