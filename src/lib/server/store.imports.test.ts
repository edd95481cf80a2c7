import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editingFixture } from '$lib/testing/editingFixture';
import { temporaryStore } from '$lib/testing/storeFixture';
import { structureToYaml } from '../model/toYaml';
import { DATABASE_FILE } from './store';

const t = temporaryStore();
const open = t.open;

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
		const dbFile = join(t.dir, 'data', DATABASE_FILE);
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
