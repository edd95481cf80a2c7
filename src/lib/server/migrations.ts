import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { accountsMigration } from './auth/schema.ts';
import type { StructureDocument } from '../model/structureDocument';

/**
 * Schema migrations, in order. `PRAGMA user_version` holds how many have run; each runs in its own
 * transaction together with the version bump, so a crash leaves the database at a whole version.
 * Never edit a migration that has shipped: add a new one.
 */
export type Migration = { name: string; up: (db: Database.Database) => void };

/** JSON with object keys sorted, so equal documents give equal text whatever order keys came in. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		const sorted: Record<string, unknown> = {};
		for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
		return sorted;
	});
}

/**
 * The hash stored beside each document (of its canonical JSON), so an unchanged save or an
 * unchanged model file is spotted without comparing documents.
 */
export function documentHash(document: StructureDocument | Record<string, unknown>): string {
	return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

export const MIGRATIONS: readonly Migration[] = [
	{
		name: 'structures and versions',
		up(db) {
			db.exec(`
				CREATE TABLE structures (
					id TEXT PRIMARY KEY,
					name TEXT NOT NULL,
					built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
					derived_from TEXT,
					created_at TEXT NOT NULL
				);
				CREATE TABLE versions (
					structure_id TEXT NOT NULL REFERENCES structures(id),
					version INTEGER NOT NULL CHECK (version >= 1),
					based_on_version INTEGER,
					created_at TEXT NOT NULL,
					document TEXT NOT NULL CHECK (json_valid(document)),
					change_log TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(change_log)),
					note TEXT,
					PRIMARY KEY (structure_id, version)
				);
			`);
		}
	},
	{
		// The version a scenario was derived from (its base may gain versions later), a document
		// hash (back-filled), and triggers that make versions append-only: nothing is ever lost.
		name: 'derived-from version, document hash, append-only versions',
		up(db) {
			db.exec(`
				ALTER TABLE structures ADD COLUMN derived_from_version INTEGER;
				ALTER TABLE versions ADD COLUMN document_hash TEXT;
			`);
			const rows = db.prepare('SELECT structure_id, version, document FROM versions').all() as {
				structure_id: string;
				version: number;
				document: string;
			}[];
			const setHash = db.prepare(
				'UPDATE versions SET document_hash = ? WHERE structure_id = ? AND version = ?'
			);
			for (const r of rows) {
				setHash.run(
					documentHash(JSON.parse(r.document) as StructureDocument),
					r.structure_id,
					r.version
				);
			}
			db.exec(`
				CREATE TRIGGER versions_never_updated BEFORE UPDATE ON versions
				BEGIN SELECT RAISE(ABORT, 'versions are never overwritten; save a new version'); END;
				CREATE TRIGGER versions_never_deleted BEFORE DELETE ON versions
				BEGIN SELECT RAISE(ABORT, 'versions are never deleted'); END;
			`);
		}
	},
	{
		// Accounts, sessions, API tokens, sign-in failures, sharing, decision marks and the audit
		// trail (issue 11). See src/lib/server/auth/README.md.
		name: 'accounts, sharing, decision marks and the audit trail',
		up: accountsMigration
	},
	{
		// A version's document may be a delta against an earlier version (versionDocuments.ts):
		// `delta_base` names that version; NULL (every older row) means the document is whole, so
		// old rows read as they always did. Skips a column already there, so running it twice is
		// harmless.
		name: 'versions stored as deltas',
		up(db) {
			const columns = db.prepare('PRAGMA table_info(versions)').all() as { name: string }[];
			if (columns.some((c) => c.name === 'delta_base')) return;
			db.exec(`
				ALTER TABLE versions ADD COLUMN delta_base INTEGER
					CHECK (delta_base IS NULL OR (delta_base >= 1 AND delta_base < version));
			`);
		}
	}
];

/**
 * Bring the database up to `target` migrations (all of them by default). Refuses a database written
 * by a newer build rather than guessing at its shape.
 */
export function migrate(db: Database.Database, target = MIGRATIONS.length): number {
	const current = db.pragma('user_version', { simple: true }) as number;
	if (current > MIGRATIONS.length) {
		throw new Error(
			`The database is at schema version ${current}, newer than this build knows (${MIGRATIONS.length}); ` +
				'run a newer build of the app or point DATA_DIR at another folder.'
		);
	}
	for (let v = current; v < target; v++) {
		const m = MIGRATIONS[v];
		db.transaction(() => {
			m.up(db);
			db.pragma(`user_version = ${v + 1}`);
		}).immediate();
	}
	return db.pragma('user_version', { simple: true }) as number;
}
