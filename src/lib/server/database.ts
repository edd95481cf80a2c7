import Database from 'better-sqlite3';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrations.ts';
import { StorageError, storageProblem } from './storageProblem.ts';

export const DATABASE_FILE = 'council-design.sqlite';

/**
 * Open the database in `dataDir`, refusing at once, in words, when the folder cannot be written or
 * the file fails SQLite's integrity check: better to say so at start-up than to print "Listening"
 * and then answer every page with an error.
 *
 * Durability: WAL journal with synchronous=FULL. A save is acknowledged only after its transaction
 * commits, and with FULL the WAL is fsynced at every commit, so an acknowledged save survives a
 * kill -9 of the server and also a power cut or OS crash. Saves are human-paced, so the one fsync a
 * save costs is nothing to the user; reads are unaffected.
 */
export function openDatabase(dataDir: string): Database.Database {
	const file = join(dataDir, DATABASE_FILE);
	try {
		mkdirSync(dataDir, { recursive: true });
		// Root ignores permission bits, so write a file to learn whether the folder takes writes.
		const probe = join(dataDir, `.write-check-${process.pid}`);
		writeFileSync(probe, 'ok');
		rmSync(probe);
	} catch (e) {
		throw asStorageError(e, `data folder ${dataDir}`);
	}
	let db: Database.Database | undefined;
	try {
		db = new Database(file);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = FULL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		const check = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
		if (check.length !== 1 || check[0].integrity_check !== 'ok') {
			throw Object.assign(new Error(check.map((r) => r.integrity_check).join('; ')), {
				code: 'SQLITE_CORRUPT'
			});
		}
		migrate(db);
		return db;
	} catch (e) {
		db?.close();
		throw asStorageError(e, file);
	}
}

function asStorageError(e: unknown, where: string): Error {
	const problem = storageProblem(e);
	return problem ? new StorageError(problem, `${where}: ${(e as Error).message}`) : (e as Error);
}
