/** For the auth tests: a fresh migrated database in a temporary folder, and a few structures. */
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../database.ts';

export function testDatabase(): { db: Database.Database; done: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'council-design-auth-'));
	const db = openDatabase(dir);
	return {
		db,
		done: () => {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A structure row with `versions` versions (documents are stand-ins: rights never read them). */
export function addStructure(
	db: Database.Database,
	id: string,
	builtIn = false,
	versions = 1
): void {
	db.prepare(
		"INSERT INTO structures (id, name, built_in, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')"
	).run(id, id, builtIn ? 1 : 0);
	for (let v = 1; v <= versions; v++)
		db.prepare(
			"INSERT INTO versions (structure_id, version, created_at, document) VALUES (?, ?, '2026-01-01T00:00:00Z', ?)"
		).run(id, v, JSON.stringify({ id, v }));
}
