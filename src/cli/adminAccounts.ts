/**
 * The account commands of `npm run --silent admin -- …` (see admin.ts):
 *
 *   add-user EMAIL --role admin|editor|viewer [--can-see-pay] [--name "Display Name"]
 *                  the password is read from stdin (nothing on stdin: single sign-on only)
 *   token EMAIL [--name NAME]   print a new API token for EMAIL (shown once)
 *   audit [--json]              print the audit trail (text, or one JSON array)
 *   audit --verify              check the hash chain; exit 1 naming the first altered or removed entry
 */
import type Database from 'better-sqlite3';
import { listAudit, verifyChain } from '../lib/server/auth/audit.ts';
import { createUser } from '../lib/server/auth/createUser.ts';
import { createToken } from '../lib/server/auth/tokens.ts';
import { AccountError, findUserByEmail, isRole } from '../lib/server/auth/users.ts';

export class UsageError extends Error {}

/** `--name value` and `--flag` out of an argument list; the rest stay positional. */
export function parseArgs(args: string[], valued: string[]) {
	const flags = new Map<string, string | true>();
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (!a.startsWith('--')) positional.push(a);
		else if (valued.includes(a)) {
			if (i + 1 >= args.length) throw new UsageError(`${a} needs a value.`);
			flags.set(a, args[++i]);
		} else flags.set(a, true);
	}
	return { flags, positional };
}

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) {
		process.stderr.write('Password (shown as you type; pipe it in to keep it off the screen): ');
		return new Promise((done) => {
			process.stdin.once('data', (d) => {
				process.stdin.pause();
				done(String(d));
			});
		});
	}
	const chunks: Buffer[] = [];
	for await (const c of process.stdin) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export async function addUser(db: Database.Database, args: string[]): Promise<string> {
	const { flags, positional } = parseArgs(args, ['--role', '--name']);
	const [email] = positional;
	const role = flags.get('--role');
	if (!email || positional.length !== 1 || !isRole(role))
		throw new UsageError('add-user EMAIL --role admin|editor|viewer [--can-see-pay] [--name NAME]');
	// One line: the trailing newline of `echo` is not part of the password.
	const password = (await readStdin()).replace(/\r?\n$/, '');
	const user = await createUser(db, {
		email,
		role,
		displayName:
			typeof flags.get('--name') === 'string' ? (flags.get('--name') as string) : undefined,
		canSeePay: flags.has('--can-see-pay'),
		password: password === '' ? undefined : password,
		by: 'system'
	});
	return (
		`Added ${user.email} as ${user.role}${user.canSeePay ? ', who can see pay' : ''}` +
		(user.hasPassword ? '.' : ', without a password (single sign-on only).')
	);
}

export function token(db: Database.Database, args: string[]): string {
	const { flags, positional } = parseArgs(args, ['--name']);
	if (positional.length !== 1) throw new UsageError('token EMAIL [--name NAME]');
	const user = findUserByEmail(db, positional[0]);
	if (!user) throw new AccountError(`There is no account for ${positional[0]}.`);
	const name = flags.get('--name');
	return createToken(db, {
		userId: user.id,
		name: typeof name === 'string' ? name : undefined,
		by: 'system'
	}).token;
}

/** Returns what to print and the exit code. */
export function audit(db: Database.Database, args: string[]): { out: string; code: number } {
	const { flags } = parseArgs(args, []);
	if (flags.has('--verify')) {
		const check = verifyChain(db);
		return check.ok
			? {
					out: `The audit trail is whole: ${check.entries} entries, each following the one before.`,
					code: 0
				}
			: { out: `The audit trail has been tampered with: ${check.problem}.`, code: 1 };
	}
	const entries = listAudit(db);
	if (flags.has('--json')) return { out: JSON.stringify(entries, null, 2), code: 0 };
	return {
		out: entries
			.map((e) =>
				[
					e.seq,
					e.at,
					e.actor,
					e.address || '-',
					e.action,
					e.subject || '-',
					JSON.stringify(e.detail)
				].join('\t')
			)
			.join('\n'),
		code: 0
	};
}
