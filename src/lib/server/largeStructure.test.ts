import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHrExport, HR_HEADERS, toCsv } from '../../../tests/support/hrExport';
import { establishmentFromFile } from '../establishment';
import { withholdPay } from '../analysis/withholdPay';
import { structureToJson } from '../model/structureDocument';
import {
	askLarge,
	compactView,
	lookUpKept,
	storedVersion,
	searchPosts,
	structureShell,
	unitContents
} from './largeStructure';
import { closeStore, getStore, getStructure } from './store';
import type { User } from './auth';

/** An administrator, who may read every structure. */
const ADMIN: User = {
	id: 'admin',
	email: 'admin@council.gov.uk',
	displayName: 'Administrator',
	role: 'admin',
	canSeePay: true,
	disabled: false,
	createdAt: '2026-01-01T00:00:00.000Z',
	hasPassword: true
};

const e = generateHrExport({ posts: 1200, seed: 3 });
const col = (name: (typeof HR_HEADERS)[number]) => HR_HEADERS.indexOf(name);
let dir: string;
let id: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'council-large-'));
	process.env.DATA_DIR = dir;
	closeStore();
	const r = await establishmentFromFile(new TextEncoder().encode(toCsv(e)), 'hr.csv', {});
	if (!r.ok) throw new Error(r.errors[0].message);
	const saved = getStore().saveScenario({ name: 'Establishment', structure: r.structure });
	if (!saved.ok) throw new Error(saved.message);
	id = saved.id;
});

afterAll(() => {
	closeStore();
	delete process.env.DATA_DIR;
	rmSync(dir, { recursive: true, force: true });
});

describe('a large structure sent compact', () => {
	it('keeps the structure read for the next request at the same version', () => {
		const a = lookUpKept({ id }, ADMIN);
		const b = lookUpKept({ id, version: 1 }, ADMIN);
		expect(a.ok && b.ok).toBe(true);
		if (a.ok && b.ok) expect(b.found).toBe(a.found);
	});

	it('sends every unit with its headcount, counted from the rows, and the headline figures', () => {
		const s = getStructure(id)!.structure;
		const view = compactView(s)!;
		expect(view.posts).toBe(1200);
		expect(view.summary.posts).toBe(1200);
		// City Housing's posts counted from the export's Directorate column.
		const housing = e.rows.filter((r) => r[col('Directorate')] === 'City Housing').length;
		const unit = Object.values(view.units).find((u) => u.name === 'City Housing')!;
		expect(unit.posts).toBe(housing);
		expect(unit.parent).toBeUndefined();
		// Everything but the posts and links goes as it is.
		const shell = structureShell(s);
		expect(shell.posts).toEqual(new Map());
		expect(shell.units).toBe(s.units);
		expect(structureToJson(shell).length).toBeLessThan(structureToJson(s).length / 5);
	});

	it('answers a unit’s posts and a search; a small structure is sent whole', () => {
		const s = getStructure(id)!.structure;
		const director = e.rows.find((r) => r[col('Job Title')] === 'Director of City Housing')!;
		const found = searchPosts(s, director[col('Position ID')]);
		expect(found[0]).toMatchObject({ id: director[col('Position ID')], unitName: 'City Housing' });
		const posts = unitContents(s, found[0].unit)!;
		expect(posts.map((p) => p.id)).toContain(director[col('Position ID')]);
		expect(unitContents(s, 'no-such-unit')).toBeUndefined();
		expect(compactView(getStructure('clt-2020')!.structure)).toBeUndefined();
	});

	it('answers the page, a unit and a search off the request thread exactly as in-thread, pay withheld when asked', async () => {
		const s = getStructure(id)!.structure;
		const stored = storedVersion(id)!;
		expect(stored).toMatchObject({ version: 1, latestVersion: 1, builtIn: false });
		const page = await askLarge(id, 1, false, { kind: 'view' });
		expect(page).toEqual({ view: { compact: compactView(s), shell: structureShell(s) } });
		const masked = await askLarge(id, 1, true, { kind: 'view' });
		const withheld = withholdPay(s);
		expect(masked).toEqual({
			view: {
				compact: compactView(s),
				shell: structureShell(withheld.structure),
				unitCosts: withheld.unitCosts
			}
		});
		const director = e.rows.find((r) => r[col('Job Title')] === 'Director of City Housing')!;
		const search = await askLarge(id, 1, false, {
			kind: 'search',
			query: director[col('Position ID')],
			limit: 20
		});
		expect(search).toEqual({ matches: searchPosts(s, director[col('Position ID')]) });
		const unit = s.posts.get(director[col('Position ID')])!.unit;
		expect(await askLarge(id, 1, false, { kind: 'unit', unit })).toEqual({
			posts: unitContents(s, unit)
		});
		expect(await askLarge(id, 1, false, { kind: 'unit', unit: 'no-such-unit' })).toEqual({
			posts: undefined
		});
		// A small structure, and a version that is not there, are left to the request thread.
		expect(await askLarge('clt-2020', 1, false, { kind: 'view' })).toBeUndefined();
		expect(await askLarge(id, 9, false, { kind: 'view' })).toBeUndefined();
		expect(storedVersion(id, 9)).toBeUndefined();
	});

	it('rebuilds a version stored as a delta from its rows', async () => {
		const s = getStructure(id)!.structure;
		const postId = [...s.posts.keys()][5];
		const edited = {
			...s,
			posts: new Map(s.posts).set(postId, {
				...s.posts.get(postId)!,
				title: 'Head of Delta Testing'
			})
		};
		const saved = getStore().saveVersion(id, edited, { basedOnVersion: 1 });
		expect(saved.ok).toBe(true);
		const row = getStore()
			.db.prepare('SELECT delta_base FROM versions WHERE structure_id = ? AND version = 2')
			.get(id) as { delta_base: number | null };
		expect(row.delta_base).toBe(1);
		expect(
			await askLarge(id, 2, false, { kind: 'search', query: 'Delta Testing', limit: 5 })
		).toEqual({
			matches: searchPosts(getStructure(id, 2)!.structure, 'Delta Testing', 5)
		});
		const found = await askLarge(id, 2, false, {
			kind: 'search',
			query: 'Delta Testing',
			limit: 5
		});
		expect(found && 'matches' in found && found.matches.map((m) => m.id)).toEqual([postId]);
	});
});
