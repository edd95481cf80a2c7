import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editingFixture } from '$lib/testing/editingFixture';
import { edited, temporaryStore } from '$lib/testing/storeFixture';
import { structureToJson, toDocument } from '../model/structureDocument';
import { MIGRATIONS, documentHash, migrate } from './migrations';
import { DATABASE_FILE } from './store';

const t = temporaryStore();
const open = t.open;

describe('migrations', () => {
	it('migrate upgrades a version-1 database, back-filling hashes and keeping its data', () => {
		mkdirSync(join(t.dir, 'data'));
		const file = join(t.dir, 'data', DATABASE_FILE);
		const old = new Database(file);
		expect(migrate(old, 1)).toBe(1);
		const doc = { ...editingFixture(), id: 'old-scenario', name: 'Old scenario' };
		old
			.prepare(
				"INSERT INTO structures (id, name, built_in, derived_from, created_at) VALUES ('old-scenario', 'Old scenario', 0, NULL, '2021-01-01T00:00:00.000Z')"
			)
			.run();
		old
			.prepare(
				"INSERT INTO versions (structure_id, version, based_on_version, created_at, document, change_log, note) VALUES ('old-scenario', 1, NULL, '2021-01-01T00:00:00.000Z', ?, '[]', NULL)"
			)
			.run(structureToJson(doc));
		old.close();

		const store = open();
		expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
		// Saved before accounts existed: open to everyone signed in, with no owner (migration 3).
		expect(
			store.db
				.prepare(
					"SELECT owner_id, visibility FROM structure_sharing WHERE structure_id = 'old-scenario'"
				)
				.get()
		).toEqual({ owner_id: null, visibility: 'everyone' });
		const row = store.db
			.prepare("SELECT document_hash FROM versions WHERE structure_id = 'old-scenario'")
			.get() as { document_hash: string };
		expect(row.document_hash).toBe(documentHash(toDocument(doc)));
		expect(store.getStructure('old-scenario')!.structure).toEqual(doc);
		expect(store.listStructures().map((l) => l.id)).toEqual(['fixture', 'old-scenario']);
		// The upgraded database takes new versions like any other.
		const r = store.saveVersion(
			'old-scenario',
			edited(doc, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' }),
			{ basedOnVersion: 1 }
		);
		expect(r).toEqual({ ok: true, id: 'old-scenario', version: 2 });
	});

	it('store refuses a database written by a newer build', () => {
		mkdirSync(join(t.dir, 'data'));
		const db = new Database(join(t.dir, 'data', DATABASE_FILE));
		db.pragma('user_version = 99');
		db.close();
		expect(() => open()).toThrow(
			new RegExp(`schema version 99, newer than this build knows \\(${MIGRATIONS.length}\\)`)
		);
	});
});
