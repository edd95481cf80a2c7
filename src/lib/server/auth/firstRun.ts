import type Database from 'better-sqlite3';
import { record } from './audit.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { hashSecret, randomSecret, sameDigest } from './secrets.ts';
import { AccountError, countUsers, insertUser, type User } from './users.ts';

/**
 * First run: a fresh install has no users, and the first administrator may be created only from
 * the machine itself (a loopback address) or by someone holding the one-time setup code the server
 * prints to its log. The code is stored hashed and forgotten once the administrator exists.
 */

const SETUP_CODE_KEY = 'setup_code_hash';

export function needsSetup(db: Database.Database): boolean {
	return countUsers(db) === 0;
}

/**
 * While nobody has an account, make a new setup code and print it (each start prints a fresh one,
 * since only its hash is kept). Returns the code, or undefined when setup is done. Call at start-up.
 */
export function ensureSetupCode(
	db: Database.Database,
	log: (line: string) => void = (line) => console.warn(line)
): string | undefined {
	if (!needsSetup(db)) return undefined;
	const code = randomSecret(15);
	db.prepare('INSERT OR REPLACE INTO auth_settings (key, value) VALUES (?, ?)').run(
		SETUP_CODE_KEY,
		hashSecret(code)
	);
	log(
		`No one has an account yet. Open /setup on this machine to create the first administrator, ` +
			`or from elsewhere with the one-time setup code: ${code}`
	);
	return code;
}

let announced = false;

/**
 * `ensureSetupCode` once per process: at start-up (hooks init) and again, harmlessly, when /setup
 * is first opened, so the code is in the log whichever comes first.
 */
export function announceSetupCode(db: Database.Database): void {
	if (announced) return;
	announced = ensureSetupCode(db) !== undefined;
}

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export function isLoopback(address: string): boolean {
	const a = address.trim().toLowerCase();
	return a === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/**
 * Whether a loopback address really is this machine. Behind a reverse proxy on the same machine
 * every request arrives from loopback, so then only the setup code is accepted (unless the proxy
 * passes the client's address in ADDRESS_HEADER).
 */
export function loopbackIsTrusted(env: NodeJS.ProcessEnv = process.env): boolean {
	const ownHeader = env.PROTOCOL_HEADER === 'x-council-design-protocol';
	const behindProxy = !!env.ORIGIN || (!!env.PROTOCOL_HEADER && !ownHeader) || !!env.HOST_HEADER;
	return !behindProxy || !!env.ADDRESS_HEADER;
}

function setupCodeMatches(db: Database.Database, code: string | undefined): boolean {
	if (!code) return false;
	const stored = db
		.prepare<[string], { value: string }>('SELECT value FROM auth_settings WHERE key = ?')
		.get(SETUP_CODE_KEY);
	return !!stored && sameDigest(stored.value, hashSecret(code.trim()));
}

/** Whether this request may create the first administrator (for the page to say so before asking). */
export function maySetUp(
	db: Database.Database,
	input: { address: string; setupCode?: string; trustLoopback?: boolean }
): boolean {
	if (!needsSetup(db)) return false;
	const local = (input.trustLoopback ?? loopbackIsTrusted()) && isLoopback(input.address);
	return local || setupCodeMatches(db, input.setupCode);
}

/**
 * Create the first administrator (with the right to see pay). Refused once anyone has an account,
 * and from another machine without the setup code. Records `setup`.
 */
export async function createFirstAdmin(
	db: Database.Database,
	input: {
		email: string;
		displayName?: string;
		password: string;
		address: string;
		setupCode?: string;
		trustLoopback?: boolean;
	}
): Promise<User> {
	if (!needsSetup(db)) throw new AccountError('This server is already set up: sign in instead.');
	if (!maySetUp(db, input))
		throw new AccountError(
			'From another machine the first administrator needs the one-time setup code printed in the server’s log.'
		);
	const problem = passwordProblem(input.password, input.email);
	if (problem) throw new AccountError(problem);
	const passwordHash = await hashPassword(input.password);
	return db
		.transaction(() => {
			// Checked again inside the transaction: two set-ups at once make one administrator.
			if (!needsSetup(db))
				throw new AccountError('This server is already set up: sign in instead.');
			const user = insertUser(db, { ...input, role: 'admin', canSeePay: true, passwordHash });
			db.prepare('DELETE FROM auth_settings WHERE key = ?').run(SETUP_CODE_KEY);
			record(db, {
				actor: user.id,
				action: 'setup',
				address: input.address,
				subject: user.email,
				detail: {
					role: 'admin',
					canSeePay: true,
					from: isLoopback(input.address) ? 'loopback' : 'setup code'
				}
			});
			return user;
		})
		.immediate();
}
