/**
 * The store at 12,000 posts: a save after a one-post edit (validate, parts, hash, delta, insert,
 * fsync) and the bytes it adds to the database (page_count × page_size, so the WAL counts), reads
 * of the latest version (cached, and from a freshly opened store: a whole document and every
 * delta since), the first save after a reopen (nothing cached), and the listing. A whole document
 * is stored again only when the deltas since the last one outgrow it (or after FULL_EVERY), which
 * for one-post edits of 12,000 posts is every FULL_EVERY versions; a run of 40 saves has none.
 *
 *   import { storeSection, runStoreBench } from './store.bench.ts'
 */
import { freeze } from 'immer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdit } from '../../src/lib/editing/applyEdit.ts';
import { createStore, type Store } from '../../src/lib/server/store.ts';
import { FULL_EVERY } from '../../src/lib/server/versionDocuments.ts';
import { editingFixture } from '../../src/lib/testing/editingFixture.ts';
import { movablePost } from './edit.bench.ts';
import { generateEstablishment } from './generateEstablishment.ts';
import { percentile } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

const SIZE = 12_000;

function stats(xs: number[]) {
	const sorted = [...xs].sort((p, q) => p - q);
	return {
		median: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		min: sorted[0],
		runs: xs.length
	};
}

const gb = (n: number) => new Intl.NumberFormat('en-GB').format(Math.round(n));

const databaseBytes = (store: Store) =>
	(store.db.pragma('page_count', { simple: true }) as number) *
	(store.db.pragma('page_size', { simple: true }) as number);

/** Time `fn` on a store freshly opened on `dir` each run (nothing cached). */
function cold(dir: string, runs: number, fn: (store: Store) => void): number[] {
	const xs: number[] = [];
	for (let n = 0; n < runs; n++) {
		const fresh = createStore({ dataDir: dir, seed: false });
		try {
			const t = performance.now();
			fn(fresh);
			xs.push(performance.now() - t);
		} finally {
			fresh.close();
		}
	}
	return xs;
}

export function runStoreBench({ quick }: BenchOptions): BenchResult[] {
	const runs = quick ? 8 : 40;
	const dir = mkdtempSync(join(tmpdir(), 'council-bench-'));
	const store = createStore({ dataDir: dir, seed: false });
	try {
		const s = freeze(generateEstablishment({ posts: SIZE, seed: 1 }), true);
		const t0 = performance.now();
		const created = store.saveScenario({ name: 'Bench', structure: s });
		const firstSave = performance.now() - t0;
		if (!created.ok) throw new Error(JSON.stringify(created));
		const id = created.id;
		const { postId, a, b } = movablePost(s);
		let current = store.getStructure(id)!.structure;
		const saves: number[] = [];
		const gets: number[] = [];
		const added: number[] = [];
		let version = 1;
		const saveOne = (n: number, target: Store = store): number => {
			const r = applyEdit(current, { type: 'movePost', postId, newManagerId: n % 2 ? a : b });
			if (!r.ok) throw new Error(r.error);
			const t1 = performance.now();
			const saved = target.saveVersion(id, r.structure, {
				basedOnVersion: version,
				changeLog: [r.description]
			});
			const ms = performance.now() - t1;
			if (!saved.ok || saved.version !== version + 1) throw new Error(JSON.stringify(saved));
			version = saved.version;
			current = r.structure;
			return ms;
		};
		for (let n = 0; n < runs; n++) {
			const before = databaseBytes(store);
			saves.push(saveOne(n));
			added.push(databaseBytes(store) - before);
			const t2 = performance.now();
			current = store.getStructure(id)!.structure;
			gets.push(performance.now() - t2);
		}
		const rows = store.db
			.prepare(
				'SELECT length(document) AS bytes, delta_base FROM versions WHERE structure_id = ? AND version > 1'
			)
			.all(id) as { bytes: number; delta_base: number | null }[];
		const deltaBytes = rows.filter((r) => r.delta_base !== null).map((r) => r.bytes);
		const wholeBytes = store.db
			.prepare(
				'SELECT length(document) AS bytes FROM versions WHERE structure_id = ? AND version = 1'
			)
			.get(id) as { bytes: number };

		const coldRuns = quick ? 2 : 5;
		const readLatestCold = cold(dir, coldRuns, (fresh) => fresh.getStructure(id));
		store.close();
		// The first save after opening: the latest version is read and split into parts first.
		const reopened = createStore({ dataDir: dir, seed: false });
		let firstAfterOpen: number;
		try {
			firstAfterOpen = saveOne(runs, reopened);
		} finally {
			reopened.close();
		}

		const lister = createStore({ dataDir: dir, seed: false });
		let listCold: number;
		let listWarm: number;
		const smallSaves: number[] = [];
		try {
			const t = performance.now();
			lister.listStructures();
			listCold = performance.now() - t;
			const t3 = performance.now();
			lister.listStructures();
			listWarm = performance.now() - t3;
			// A small document: what one fsync a save costs (synchronous=FULL).
			const small = lister.saveScenario({ name: 'Small', structure: editingFixture() });
			if (!small.ok) throw new Error(JSON.stringify(small));
			let smallDoc = lister.getStructure(small.id)!.structure;
			for (let n = 0; n < runs * 2; n++) {
				const r = applyEdit(smallDoc, { type: 'retitlePost', postId: 'dn', title: `Title ${n}` });
				if (!r.ok) throw new Error(r.error);
				const t4 = performance.now();
				lister.saveVersion(small.id, r.structure, { basedOnVersion: n + 1 });
				smallSaves.push(performance.now() - t4);
				smallDoc = r.structure;
			}
		} finally {
			lister.close();
		}
		const row = (name: string, xs: number[], extra: Partial<BenchResult> = {}): BenchResult => ({
			section: 'store',
			name,
			size: SIZE,
			unit: 'ms',
			...stats(xs),
			...extra
		});
		return [
			row('saveScenario (first save, whole)', [firstSave]),
			row('saveVersion after a one-post edit', saves, {
				target: 100,
				note: `validate, parts, hash, delta, insert, fsync; one whole document every ${FULL_EVERY}`
			}),
			row('bytes added to the database by that save', added, {
				unit: 'bytes',
				target: 50_000,
				note: `page_count × page_size, WAL included; mean ${gb(added.reduce((x, y) => x + y, 0) / added.length)} B, and a whole document every ${FULL_EVERY} saves adds ${gb(wholeBytes.bytes / FULL_EVERY)} B a save`
			}),
			row('delta row (length of its document)', deltaBytes, {
				unit: 'bytes',
				note: `a whole document is ${gb(wholeBytes.bytes)} B`
			}),
			row('getStructure latest, after the save (cached)', gets, { target: 100 }),
			row('getStructure latest, freshly opened store', readLatestCold, {
				target: 100,
				note: `parse the whole document, apply ${version - 1} deltas, deep-freeze`
			}),
			row('first saveVersion after opening (nothing cached)', [firstAfterOpen]),
			row('listStructures, cold (summaries computed)', [listCold]),
			row('listStructures, warm', [listWarm]),
			row('saveVersion, 9-post document (one fsync)', smallSaves, { size: 9 })
		];
	} finally {
		store.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

export const storeSection: BenchSection = {
	id: 'store',
	title: 'saving and reading versions in the embedded database',
	run: runStoreBench
};
