import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit } from '../editing/applyEdit';
import { structureFromJson, structureToJson, toDocument } from '../model/structureDocument';
import type { Structure } from '../model/types';
import { editingFixture } from '$lib/testing/editingFixture';
import { prng } from '$lib/testing/prng';
import { randomEdit } from '$lib/testing/randomEdit';
import { documentHash } from './migrations';
import { createStore, type Store } from './store';

let dir: string;
let stores: Store[] = [];

function open(): Store {
	const s = createStore({ dataDir: dir, seed: false });
	stores.push(s);
	return s;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'council-deltas-'));
});
afterEach(() => {
	for (const s of stores) s.close();
	stores = [];
	rmSync(dir, { recursive: true, force: true });
});

interface Row {
	version: number;
	document: string;
	document_hash: string;
	delta_base: number | null;
}
const rows = (store: Store, id: string) =>
	store.db
		.prepare(
			'SELECT version, document, document_hash, delta_base FROM versions WHERE structure_id = ? ORDER BY version'
		)
		.all(id) as Row[];

/**
 * Save `count` accepted random edits one after another; the JSON text of every version saved.
 * `fresh`: each document saved is a new copy, as one posted to the API is (no object shared with
 * the version before).
 */
function saveRandomEdits(store: Store, seed: number, count: number, fresh = false) {
	const rnd = prng(seed);
	const created = store.saveScenario({ name: `Random ${seed}`, structure: editingFixture() });
	if (!created.ok) throw new Error(created.message);
	const id = created.id;
	let s: Structure = store.getStructure(id)!.structure;
	const saved = [structureToJson(s)];
	for (let n = 0; saved.length <= count; n++) {
		const r = applyEdit(s, randomEdit(s, rnd, n));
		if (!r.ok || r.patches.length === 0) continue;
		const doc = fresh ? structureFromJson(structureToJson(r.structure)) : r.structure;
		const result = store.saveVersion(id, doc, { basedOnVersion: saved.length });
		if (!result.ok || result.unchanged) continue; // an edit and its reverse can meet
		expect(result.version).toBe(saved.length + 1);
		saved.push(structureToJson(r.structure));
		s = r.structure;
	}
	return { id, saved };
}

describe('versions stored as deltas', () => {
	for (const [seed, fresh] of [
		[3, false],
		[42, true]
	] as const) {
		it(`70 random edits (seed ${seed}${fresh ? ', posted copies' : ''}) each read back exactly, also after reopening`, () => {
			const store = open();
			const { id, saved } = saveRandomEdits(store, seed, 70, fresh);
			const stored = rows(store, id);
			// A version is whole when the deltas since the last whole one would outgrow the document.
			let sinceWhole = 0;
			for (const r of stored) {
				if (r.delta_base === null) {
					sinceWhole = 0;
					continue;
				}
				expect(r.delta_base).toBe(r.version - 1);
				sinceWhole += r.document.length;
				expect(sinceWhole).toBeLessThanOrEqual(saved[r.version - 1].length);
			}
			const whole = stored.filter((r) => r.delta_base === null).length;
			expect(whole).toBeGreaterThan(2);
			expect(whole).toBeLessThan(stored.length / 4);
			const check = (reader: Store) => {
				saved.forEach((text, i) => {
					const got = reader.getStructure(id, i + 1)!;
					expect(got.version).toBe(i + 1);
					expect(structureToJson(got.structure)).toBe(text);
					expect(documentHash(toDocument(got.structure))).toBe(stored[i].document_hash);
					const postMap = got.structure.posts;
					expect(Object.isFrozen(postMap)).toBe(true);
				});
			};
			check(store);
			store.close();
			// A fresh store has nothing cached: every version is rebuilt from the database.
			check(open());
		});
	}

	it('restoring an old version reads back exactly the old document', () => {
		const store = open();
		const { id, saved } = saveRandomEdits(store, 11, 12);
		const r = store.restoreVersion(id, 4, { basedOnVersion: 13 });
		expect(r).toEqual({ ok: true, id, version: 14 });
		// Stored whole or as a delta: a post deleted since version 4 comes back in its old place,
		// which a delta (that would add it at the end) cannot say, so here it is whole.
		const latest = rows(store, id).at(-1)!;
		expect(latest.delta_base).toBeNull();
		expect(latest.document_hash).toBe(rows(store, id)[3].document_hash);
		expect(structureToJson(store.getStructure(id)!.structure)).toBe(saved[3]);
		expect(structureToJson(open().getStructure(id, 14)!.structure)).toBe(saved[3]);
		expect(store.history(id)!.at(-1)!.note).toBe('Restored version 4');
	});

	it('a one-post retitle adds the post, not the document', () => {
		const store = open();
		const created = store.saveScenario({ name: 'Small', structure: editingFixture() });
		if (!created.ok) throw new Error(created.message);
		const r = applyEdit(store.getStructure(created.id)!.structure, {
			type: 'retitlePost',
			postId: 'dn',
			title: 'Director of Places'
		});
		if (!r.ok) throw new Error(r.error);
		store.saveVersion(created.id, r.structure, { basedOnVersion: 1 });
		const [v1, v2] = rows(store, created.id);
		expect(v1.document).toBe(
			structureToJson(editingFixture())
				.replace('"Editing fixture"', '"Small"')
				.replace('"id":"fixture"', '"id":"small"')
		);
		expect(v2.document).toBe(
			`{"delta":1,"entries":{"posts":{"set":{"dn":${JSON.stringify(r.structure.posts.get('dn'))}}}}}`
		);
		// Restoring version 1 puts the old post back: a delta too.
		store.restoreVersion(created.id, 1);
		const v3 = rows(store, created.id)[2];
		expect(v3.delta_base).toBe(2);
		expect(v3.document).toBe(
			`{"delta":1,"entries":{"posts":{"set":{"dn":${JSON.stringify(editingFixture().posts.get('dn'))}}}}}`
		);
		expect(v3.document_hash).toBe(v1.document_hash);
	});

	it('a save whose transaction fails leaves nothing behind, not even in the cache', () => {
		const store = open();
		const created = store.saveScenario({ name: 'Fails', structure: editingFixture() });
		if (!created.ok) throw new Error(created.message);
		const v1 = store.getStructure(created.id)!.structure;
		const edit = (title: string) => {
			const r = applyEdit(v1, { type: 'retitlePost', postId: 'dn', title });
			if (!r.ok) throw new Error(r.error);
			return r.structure;
		};
		store.db.exec(
			"CREATE TEMP TRIGGER refuse BEFORE INSERT ON versions BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
		);
		expect(() => store.saveVersion(created.id, edit('First try'), { basedOnVersion: 1 })).toThrow(
			'disk full'
		);
		store.db.exec('DROP TRIGGER temp.refuse');
		const second = edit('Second try');
		expect(store.saveVersion(created.id, second, { basedOnVersion: 1 })).toMatchObject({
			version: 2
		});
		expect(store.getStructure(created.id, 2)!.structure.posts.get('dn')!.title).toBe('Second try');
		expect(structureToJson(store.getStructure(created.id, 2)!.structure)).toBe(
			structureToJson(second)
		);
	});

	it('versions stay append-only: a delta row can be neither changed nor deleted', () => {
		const store = open();
		const { id } = saveRandomEdits(store, 5, 3);
		expect(() =>
			store.db.prepare("UPDATE versions SET document = '{}' WHERE structure_id = ?").run(id)
		).toThrow(/never overwritten/);
		expect(() => store.db.prepare('DELETE FROM versions WHERE structure_id = ?').run(id)).toThrow(
			/never deleted/
		);
		expect(() =>
			store.db
				.prepare(
					"INSERT INTO versions (structure_id, version, created_at, document, delta_base) VALUES (?, 9, 'x', '{}', 9)"
				)
				.run(id)
		).toThrow(/CHECK constraint/);
	});
});
