/**
 * `npm run --silent admin -- <command>`: looking after the server's database.
 *
 *   backup FILE    copy the database, while the server runs, to FILE (SQLite's online backup)
 *   restore FILE   put a backup in place of the database (stop the server first); the database
 *                  it replaces is kept beside it as council-design.sqlite.before-restore-<time>
 *
 *   add-user EMAIL --role admin|editor|viewer [--can-see-pay] [--name NAME]   (password on stdin)
 *   token EMAIL [--name NAME]   print a new API token
 *   audit [--json | --verify]   print the audit trail, or check its hash chain (exit 1 if broken)
 *
 * The database is DATA_DIR/council-design.sqlite (DATA_DIR defaults to ./data), as for the server.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE, openDatabase } from '../lib/server/database.ts';
import { formatByteSize } from '../lib/model/upload.ts';
import { addUser, audit, token, UsageError } from './adminAccounts.ts';

const dataDir = () => resolve(process.env.DATA_DIR ?? './data');

/** What a database file holds, after checking it is whole; throws in words when it is not. */
function inspect(file: string): { structures: number; versions: number } {
	let db: Database.Database | undefined;
	try {
		db = new Database(file, { readonly: true, fileMustExist: true });
		const check = db.pragma('integrity_check', { simple: true });
		if (check !== 'ok') throw new Error(`${file} is damaged (${String(check)}).`);
		const count = (table: string) =>
			(db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
		return { structures: count('structures'), versions: count('versions') };
	} catch (e) {
		const code = (e as { code?: string }).code ?? '';
		if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
			throw new Error(`${file} is not a whole Council Design database (${(e as Error).message}).`, {
				cause: e
			});
		if (/no such table/.test((e as Error).message))
			throw new Error(`${file} is an SQLite file but not a Council Design database.`, { cause: e });
		throw e;
	} finally {
		db?.close();
	}
}

async function backup(target: string): Promise<void> {
	const file = join(dataDir(), DATABASE_FILE);
	if (!existsSync(file)) throw new UsageError(`There is no database at ${file} to back up.`);
	if (existsSync(target))
		throw new UsageError(`${target} already exists; name a new file, so no backup is overwritten.`);
	const db = openDatabase(dataDir());
	try {
		// The online backup copies a consistent snapshot while the server goes on saving.
		await db.backup(target);
	} finally {
		db.close();
	}
	const { structures, versions } = inspect(target);
	console.log(
		`Backed up ${structures} structures (${versions} versions) to ${target} (${formatByteSize(statSync(target).size)}).`
	);
}

function restore(source: string): void {
	if (!existsSync(source)) throw new UsageError(`There is no file ${source} to restore from.`);
	const { structures, versions } = inspect(source);
	const dir = dataDir();
	const file = join(dir, DATABASE_FILE);
	let keptAs: string | undefined;
	if (existsSync(file)) {
		// Fold the write-ahead log into the file, so the copy kept aside is whole on its own.
		const current = new Database(file);
		current.pragma('wal_checkpoint(TRUNCATE)');
		current.close();
		keptAs = `${file}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
		renameSync(file, keptAs);
		for (const extra of ['-wal', '-shm']) rmSync(file + extra, { force: true });
	}
	mkdirSync(dir, { recursive: true });
	copyFileSync(source, file);
	// Opening runs the same checks and migrations as the server does at start.
	openDatabase(dir).close();
	console.log(
		`Restored ${structures} structures (${versions} versions) from ${source} into ${file}.` +
			(keptAs ? `\nThe database it replaced is kept as ${keptAs}.` : '') +
			'\nStart the server again to use it.'
	);
}

/** Open the database as the server does (checks and migrations), run, close. */
async function withDatabase<T>(run: (db: Database.Database) => T | Promise<T>): Promise<T> {
	const db = openDatabase(dataDir());
	try {
		return await run(db);
	} finally {
		db.close();
	}
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'backup':
			if (rest.length !== 1) throw new UsageError('backup needs the file to write: backup FILE');
			await backup(resolve(rest[0]));
			return 0;
		case 'restore':
			if (rest.length !== 1) throw new UsageError('restore needs the backup file: restore FILE');
			restore(resolve(rest[0]));
			return 0;
		case 'add-user':
			console.log(await withDatabase((db) => addUser(db, rest)));
			return 0;
		case 'token':
			console.log(await withDatabase((db) => token(db, rest)));
			return 0;
		case 'audit': {
			const { out, code } = await withDatabase((db) => audit(db, rest));
			(code === 0 ? console.log : console.error)(out);
			return code;
		}
		default:
			throw new UsageError(
				`${command ? `Unknown command "${command}". ` : ''}Commands: backup FILE, restore FILE, ` +
					'add-user EMAIL --role admin|editor|viewer [--can-see-pay], token EMAIL, audit [--json | --verify].'
			);
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		console.error((e as Error).message);
		process.exit(e instanceof UsageError ? 2 : 1);
	}
);
