import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit } from '../editing/applyEdit';
import { editingFixture } from '$lib/testing/editingFixture';
import { structureToYaml } from '../model/toYaml';
import { structureFromJson, structureToJson, toDocument } from '../model/structureDocument';
import type { Structure } from '../model/types';
import { MIGRATIONS, documentHash, migrate } from './migrations';
import {
	DATABASE_FILE,
	closeStore,
	createStore,
	getStructure,
	listStructures,
	type Store
} from './store';

let dir: string;
let models: string;
let stores: Store[] = [];

function open(opts: { seed?: boolean } = {}): Store {
	const s = createStore({ dataDir: join(dir, 'data'), modelsDir: models, ...opts });
	stores.push(s);
	return s;
}

function edited(s: Structure, ...edits: Parameters<typeof applyEdit>[1][]): Structure {
	for (const e of edits) {
		const r = applyEdit(s, e);
		if (!r.ok) throw new Error(r.error);
		s = r.structure;
	}
	return s;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'council-store-'));
	models = join(dir, 'models');
	mkdirSync(models);
	writeFileSync(join(models, 'fixture.yaml'), structureToYaml(editingFixture()));
});

afterEach(() => {
	for (const s of stores) s.close();
	stores = [];
	closeStore();
	rmSync(dir, { recursive: true, force: true });
});

describe('opening the store', () => {
	it('store seeds the built-in models on first start and lists them with a summary', () => {
		const store = open();
		const list = store.listStructures();
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({
			id: 'fixture',
			name: 'Editing fixture',
			date: '2021-01-19',
			builtIn: true,
			latestVersion: 1
		});
		// Nine posts; full-year cost: CEO 228,610.94 + 3 JNC directors × 192,011.26
		// + 2 ADs × 108,347.26 + 3 heads of service × 91,747.26 = 1,296,581.02.
		expect(list[0].summary.posts).toBe(9);
		expect(list[0].summary.annualCost).toBeCloseTo(1_296_581.02, 2);
		expect(list[0].summary.ceoSpan).toBe(3);
		expect(list[0].summary.ceoSpanWithOffice).toBe(4);
		const got = store.getStructure('fixture')!;
		expect(got).toMatchObject({ version: 1, builtIn: true, latestVersion: 1 });
		expect(got.structure).toEqual(editingFixture());
		expect(Object.isFrozen(got.structure.posts.get('dn'))).toBe(true);
		expect(store.history('fixture')).toEqual([
			{
				version: 1,
				createdAt: expect.any(String),
				changeLog: [],
				note: 'Loaded from models/fixture.yaml'
			}
		]);
	});

	it('store uses WAL with synchronous FULL and is at the latest schema version', () => {
		const store = open();
		expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
		// 2 = FULL.
		expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
		expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
	});

	it('store adds nothing on a restart with the same model files', () => {
		open().close();
		const store = open();
		expect(store.listStructures().map((l) => l.latestVersion)).toEqual([1]);
	});

	it('store adds a new model file and refreshes a changed one as a new version on restart', () => {
		open().close();
		const changed = edited(editingFixture(), {
			type: 'regradePost',
			postId: 'dcm',
			grade: 'jnc-strategic-director'
		});
		writeFileSync(join(models, 'fixture.yaml'), structureToYaml(changed));
		writeFileSync(
			join(models, 'second.yaml'),
			structureToYaml({ ...editingFixture(), id: 'second', name: 'Second', date: '2022-01-01' })
		);
		const store = open();
		expect(store.listStructures().map((l) => [l.id, l.latestVersion])).toEqual([
			['fixture', 2],
			['second', 1]
		]);
		const h = store.history('fixture')!;
		expect(h[1]).toMatchObject({
			version: 2,
			basedOnVersion: 1,
			note: 'Refreshed from models/fixture.yaml'
		});
		expect(h[1].changeLog.join(' ')).toMatch(/Director of City Management/);
		expect(store.getStructure('fixture', 1)!.structure.posts.get('dcm')!.grade).toBe(
			'jnc-director'
		);
		expect(store.getStructure('fixture')!.structure.posts.get('dcm')!.grade).toBe(
			'jnc-strategic-director'
		);
	});

	it('store keeps serving saved structures when a model file is broken, and says why', () => {
		open().close();
		writeFileSync(join(models, 'broken.yaml'), 'id: broken\nname: [unclosed\n');
		const store = open();
		expect(store.warnings[0]).toMatch(/^Built-in models were not loaded: /);
		expect(store.listStructures().map((l) => l.id)).toEqual(['fixture']);
	});
});

describe('scenarios and versions', () => {
	it('saveScenario makes a new scenario at version 1, derived from its base', () => {
		const store = open();
		const base = store.getStructure('fixture')!.structure;
		const r = store.saveScenario({
			name: 'Parking to City Operations',
			derivedFrom: 'fixture',
			structure: edited(base, {
				type: 'moveService',
				serviceId: 'parking',
				unitId: 'city-operations'
			}),
			changeLog: ['Parking moved from Neighbourhoods to City Operations']
		});
		expect(r).toEqual({ ok: true, id: 'parking-to-city-operations', version: 1 });
		const got = store.getStructure('parking-to-city-operations')!;
		expect(got).toMatchObject({ version: 1, builtIn: false, derivedFromVersion: 1 });
		expect(got.structure).toMatchObject({
			id: 'parking-to-city-operations',
			name: 'Parking to City Operations',
			derivedFrom: 'fixture'
		});
		expect(got.structure.services['parking'].unit).toBe('city-operations');
		const again = store.saveScenario({
			name: 'Parking to City Operations',
			derivedFrom: 'fixture',
			structure: base
		});
		expect(again).toMatchObject({ ok: true, id: 'parking-to-city-operations-2' });
		expect(store.listStructures().map((l) => [l.id, l.builtIn, l.derivedFrom])).toEqual([
			['fixture', true, undefined],
			['parking-to-city-operations', false, 'fixture'],
			['parking-to-city-operations-2', false, 'fixture']
		]);
		expect(
			store.saveScenario({ name: 'x', derivedFrom: 'nothing', structure: base })
		).toMatchObject({
			ok: false,
			reason: 'not-found'
		});
	});

	it('saveVersion appends versions and reports a conflict (not an exception) on a stale base', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			derivedFrom: 'fixture',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const v1 = store.getStructure(id)!.structure;
		const mine = edited(v1, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' });
		const theirs = edited(v1, {
			type: 'regradePost',
			postId: 'dcm',
			grade: 'jnc-strategic-director'
		});
		expect(store.saveVersion(id, theirs, { basedOnVersion: 1, changeLog: ['regraded'] })).toEqual({
			ok: true,
			id,
			version: 2
		});
		expect(store.saveVersion(id, mine, { basedOnVersion: 1 })).toEqual({
			ok: false,
			reason: 'conflict',
			latestVersion: 2,
			message:
				'Someone saved version 2 since you opened version 1. Open version 2 and make your changes to it, or save yours as a new scenario.'
		});
		expect(store.history(id)!.map((h) => [h.version, h.basedOnVersion, h.changeLog])).toEqual([
			[1, undefined, []],
			[2, 1, ['regraded']]
		]);
		expect(store.getStructure(id)!.structure.posts.get('dcm')!.grade).toBe(
			'jnc-strategic-director'
		);
		expect(store.getStructure(id, 1)!.structure).toEqual(v1);
	});

	it('saveVersion of an unchanged document adds no version', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		// Same content with keys in another order is still unchanged.
		const same = structureFromJson(structureToJson(store.getStructure(id)!.structure));
		const reordered = Object.fromEntries(Object.entries(same).reverse()) as Structure;
		expect(store.saveVersion(id, reordered, { basedOnVersion: 1 })).toEqual({
			ok: true,
			id,
			version: 1,
			unchanged: true
		});
		expect(store.history(id)).toHaveLength(1);
	});

	it('saveVersion refuses an invalid document with located errors and saves nothing', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const bad = structuredClone(store.getStructure(id)!.structure) as Structure;
		bad.posts.get('dn')!.grade = 'band-z';
		const r = store.saveVersion(id, bad, { basedOnVersion: 1 });
		expect(r.ok).toBe(false);
		if (r.ok || r.reason !== 'invalid') throw new Error('expected invalid');
		expect(r.errors[0]).toMatchObject({ field: 'posts.dn.grade' });
		expect(r.errors[0].message).toMatch(/^unknown grade 'band-z'/);
		expect(store.history(id)).toHaveLength(1);
	});

	it('saveVersion to a built-in structure saves a scenario instead (built-ins are read-only)', () => {
		const store = open();
		const base = store.getStructure('fixture')!.structure;
		const r = store.saveVersion(
			'fixture',
			edited(base, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' }),
			{ basedOnVersion: 1, changeLog: ['Director of Neighbourhoods retitled Director of Places'] }
		);
		expect(r).toEqual({
			ok: true,
			id: 'editing-fixture-scenario',
			version: 1,
			scenarioCreated: true
		});
		expect(store.history('fixture')).toHaveLength(1);
		expect(store.getStructure('editing-fixture-scenario')!.structure.derivedFrom).toBe('fixture');
		expect(store.history('editing-fixture-scenario')![0]).toMatchObject({
			changeLog: ['Director of Neighbourhoods retitled Director of Places'],
			note: 'Edited from built-in fixture version 1'
		});
	});

	it('restoreVersion makes an old version the latest as a new version', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const v1 = store.getStructure(id)!.structure;
		store.saveVersion(
			id,
			edited(v1, { type: 'moveService', serviceId: 'parking', unitId: 'city-operations' }),
			{
				basedOnVersion: 1
			}
		);
		expect(store.restoreVersion(id, 1)).toEqual({ ok: true, id, version: 3 });
		expect(store.getStructure(id)!.structure).toEqual(v1);
		const h = store.history(id)!;
		expect(h[2]).toMatchObject({ version: 3, basedOnVersion: 2, note: 'Restored version 1' });
		expect(h[2].changeLog).toEqual(['Parking moves from City Operations to Neighbourhoods']);
		expect(store.restoreVersion(id, 9)).toMatchObject({ ok: false, reason: 'not-found' });
		expect(store.restoreVersion(id, 1, { basedOnVersion: 2 })).toMatchObject({
			ok: false,
			reason: 'conflict',
			latestVersion: 3
		});
		expect(store.restoreVersion('fixture', 1)).toMatchObject({ ok: false, reason: 'read-only' });
	});

	it('versions are never overwritten or deleted, even by hand-written SQL', () => {
		const store = open();
		expect(() => store.db.prepare("UPDATE versions SET note = 'x'").run()).toThrow(
			/versions are never overwritten/
		);
		expect(() => store.db.prepare('DELETE FROM versions').run()).toThrow(/never deleted/);
	});
});

describe('importYaml', () => {
	it('importYaml saves a valid file as a new scenario, renaming a taken id', () => {
		const store = open();
		const text = structureToYaml({ ...editingFixture(), name: 'Imported option' });
		expect(store.importYaml(text, 'option.yaml')).toEqual({
			ok: true,
			id: 'fixture-2',
			version: 1,
			name: 'Imported option',
			renamedFrom: 'fixture'
		});
		expect(store.getStructure('fixture-2')!.builtIn).toBe(false);
		expect(store.history('fixture-2')![0].note).toBe('Imported from option.yaml');
	});

	it('importYaml resolves a derived file against a stored base', () => {
		const store = open();
		const text = [
			'id: option-b',
			'name: Option B',
			'derivedFrom: fixture',
			'posts:',
			'  - { id: ad-parking, reportsTo: md-ops }'
		].join('\n');
		const r = store.importYaml(text, 'option-b.yaml');
		expect(r).toMatchObject({ ok: true, id: 'option-b' });
		expect(store.getStructure('option-b')!.structure.posts.get('ad-parking')!.reportsTo).toBe(
			'md-ops'
		);
		expect(store.listStructures().find((l) => l.id === 'option-b')!.derivedFrom).toBe('fixture');
	});

	it('importYaml refuses a bad file with line numbers and leaves everything unchanged', () => {
		const store = open();
		const dbFile = join(dir, 'data', DATABASE_FILE);
		const count = () =>
			(store.db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n;
		const before = count();
		const text = structureToYaml(editingFixture()).replace(
			'grade: assistant-director',
			'grade: band-z'
		);
		const r = store.importYaml(text, 'bad.yaml');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0]).toMatchObject({ file: 'bad.yaml', line: expect.any(Number) });
		expect(r.errors[0].message).toMatch(/unknown grade 'band-z'/);
		expect(count()).toBe(before);
		expect(store.listStructures().map((l) => l.id)).toEqual(['fixture']);
		expect(dbFile).toBeTruthy();
		const junk = store.importYaml('id: [', 'junk.yaml');
		expect(junk.ok).toBe(false);
		expect(count()).toBe(before);
	});
});

describe('migrations', () => {
	it('migrate upgrades a version-1 database, back-filling hashes and keeping its data', () => {
		mkdirSync(join(dir, 'data'));
		const file = join(dir, 'data', DATABASE_FILE);
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
		mkdirSync(join(dir, 'data'));
		const db = new Database(join(dir, 'data', DATABASE_FILE));
		db.pragma('user_version = 99');
		db.close();
		expect(() => open()).toThrow(
			new RegExp(`schema version 99, newer than this build knows \\(${MIGRATIONS.length}\\)`)
		);
	});
});

describe('module-level store', () => {
	it('listStructures and getStructure open the store in DATA_DIR on first use', () => {
		const saved = { data: process.env.DATA_DIR, models: process.env.MODELS_DIR };
		process.env.DATA_DIR = join(dir, 'env-data');
		process.env.MODELS_DIR = models;
		try {
			expect(listStructures().map((l) => l.id)).toEqual(['fixture']);
			expect(getStructure('fixture', 1)!.version).toBe(1);
			expect(getStructure('fixture', 2)).toBeUndefined();
			expect(getStructure('nothing')).toBeUndefined();
		} finally {
			closeStore();
			process.env.DATA_DIR = saved.data;
			process.env.MODELS_DIR = saved.models;
			if (saved.data === undefined) delete process.env.DATA_DIR;
			if (saved.models === undefined) delete process.env.MODELS_DIR;
		}
	});
});
