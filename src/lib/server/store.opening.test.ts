import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editingFixture } from '$lib/testing/editingFixture';
import { edited, temporaryStore } from '$lib/testing/storeFixture';
import { structureToYaml } from '../model/toYaml';
import { MIGRATIONS } from './migrations';
import { closeStore, getStructure, listStructures } from './store';

const t = temporaryStore();
const open = t.open;

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
		writeFileSync(join(t.models, 'fixture.yaml'), structureToYaml(changed));
		writeFileSync(
			join(t.models, 'second.yaml'),
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
		writeFileSync(join(t.models, 'broken.yaml'), 'id: broken\nname: [unclosed\n');
		const store = open();
		expect(store.warnings[0]).toMatch(/^Built-in models were not loaded: /);
		expect(store.listStructures().map((l) => l.id)).toEqual(['fixture']);
	});
});

describe('module-level store', () => {
	it('listStructures and getStructure open the store in DATA_DIR on first use', () => {
		const saved = { data: process.env.DATA_DIR, models: process.env.MODELS_DIR };
		process.env.DATA_DIR = join(t.dir, 'env-data');
		process.env.MODELS_DIR = t.models;
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
