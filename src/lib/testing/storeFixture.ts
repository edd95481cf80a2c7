/**
 * For the store tests: a fresh store per test in a temporary folder, seeded from a models folder
 * holding only the editing fixture, and closed and removed after each test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { applyEdit } from '../editing/applyEdit';
import { structureToYaml } from '../model/toYaml';
import type { Structure } from '../model/types';
import { closeStore, createStore, type Store } from '../server/store';
import { editingFixture } from './editingFixture';

export interface TemporaryStore {
	/** The test's temporary folder (new for each test); the store's data lives in `data` inside it. */
	dir: string;
	/** The models folder the store seeds from: `fixture.yaml` to begin with. */
	models: string;
	/** Opens a store on the test's folder; it is closed after the test. */
	open(opts?: { seed?: boolean }): Store;
}

/** Registers the before- and after-each hooks; call once at the top of a test file. */
export function temporaryStore(): TemporaryStore {
	let stores: Store[] = [];
	const t: TemporaryStore = {
		dir: '',
		models: '',
		open(opts = {}) {
			const s = createStore({ dataDir: join(t.dir, 'data'), modelsDir: t.models, ...opts });
			stores.push(s);
			return s;
		}
	};
	beforeEach(() => {
		t.dir = mkdtempSync(join(tmpdir(), 'council-store-'));
		t.models = join(t.dir, 'models');
		mkdirSync(t.models);
		writeFileSync(join(t.models, 'fixture.yaml'), structureToYaml(editingFixture()));
	});
	afterEach(() => {
		for (const s of stores) s.close();
		stores = [];
		closeStore();
		rmSync(t.dir, { recursive: true, force: true });
	});
	return t;
}

/** Applies edits that must succeed, one after another. */
export function edited(s: Structure, ...edits: Parameters<typeof applyEdit>[1][]): Structure {
	for (const e of edits) {
		const r = applyEdit(s, e);
		if (!r.ok) throw new Error(r.error);
		s = r.structure;
	}
	return s;
}
