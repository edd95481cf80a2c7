/**
 * Speed of editing: one edit through immer (applyEdit) and then every measure the editor shows
 * recalculated on the new snapshot (summarise, structureCost, meetingLoad, runChecks, joiningUp),
 * on the largest built-in model and on a generated 12,000-post establishment. Target: the whole
 * of it inside one frame (16 ms). Also undo (applyPatches). The store has its own section
 * (store.bench.ts).
 *
 * Each run edits the snapshot the previous run made (as a user does), alternating a post between
 * two managers so every run is a real change; every snapshot is new, so no measure is served from
 * the per-snapshot memo.
 *
 *   import { editSection, runEditBench } from './edit.bench.ts'
 */
import { applyPatches, freeze } from 'immer';
import {
	joiningUp,
	meetingLoad,
	runChecks,
	structureCost,
	summarise
} from '../../src/lib/analysis/index.ts';
import { applyEdit } from '../../src/lib/editing/applyEdit.ts';
import type { Edit } from '../../src/lib/editing/edits.ts';
import { loadBuiltInModels } from '../../src/lib/model/index.ts';
import type { Structure } from '../../src/lib/model/types.ts';
import { generateEstablishment } from './generateEstablishment.ts';
import { percentile } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

const FRAME_MS = 16;

function allMeasures(s: Structure): unknown[] {
	return [summarise(s), structureCost(s), meetingLoad(s), runChecks(s), joiningUp(s)];
}

/** A post below the top two layers and two managers it can move between without a cycle. */
export function movablePost(s: Structure): { postId: string; a: string; b: string } {
	const depth = (id: string): number => {
		let d = 0;
		for (let p = s.posts[id]; p?.reportsTo !== undefined; p = s.posts[p.reportsTo]) d++;
		return d;
	};
	const reports = new Map<string, number>();
	for (const id in s.posts) {
		const to = s.posts[id].reportsTo;
		if (to) reports.set(to, (reports.get(to) ?? 0) + 1);
	}
	// A leaf (no reports) deep in the tree, and the CEO's first two direct reports as managers:
	// a leaf can never be above either of them.
	const leaf = Object.keys(s.posts)
		.filter((id) => !reports.has(id) && id !== s.ceo && s.posts[id].status !== 'deleted')
		.sort((x, y) => depth(y) - depth(x))[0];
	const top = Object.keys(s.posts).filter(
		(id) => s.posts[id].reportsTo === s.ceo && s.posts[id].status !== 'deleted' && id !== leaf
	);
	return { postId: leaf, a: top[0], b: top[1] };
}

interface Sample {
	edit: number;
	measures: number;
	total: number;
	undo: number;
}

function stats(xs: number[]) {
	const sorted = [...xs].sort((p, q) => p - q);
	return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Time `runs` chained edits of one kind on `start`. */
function timeEdits(
	start: Structure,
	makeEdit: (n: number) => Edit,
	runs: number,
	warmup = 5
): Sample[] {
	let s = start;
	const samples: Sample[] = [];
	for (let n = 0; n < runs + warmup; n++) {
		const t0 = performance.now();
		const r = applyEdit(s, makeEdit(n));
		const t1 = performance.now();
		if (!r.ok) throw new Error(r.error);
		if (r.patches.length === 0) throw new Error('the benchmark edit changed nothing');
		allMeasures(r.structure);
		const t2 = performance.now();
		applyPatches(r.structure, r.inversePatches);
		const t3 = performance.now();
		if (n >= warmup)
			samples.push({ edit: t1 - t0, measures: t2 - t1, total: t2 - t0, undo: t3 - t2 });
		s = r.structure;
	}
	return samples;
}

function report(name: string, s: Structure, samples: Sample[], note: string): BenchResult[] {
	const size = Object.keys(s.posts).length;
	const runs = samples.length;
	const row = (what: string, xs: number[], target?: number): BenchResult => ({
		section: 'edit',
		name: `${name}: ${what}`,
		size,
		unit: 'ms',
		...stats(xs),
		runs,
		...(target === undefined ? {} : { target }),
		...(what.startsWith('edit + ') ? { note } : {})
	});
	return [
		row(
			'applyEdit',
			samples.map((x) => x.edit)
		),
		row(
			'all measures after it',
			samples.map((x) => x.measures)
		),
		row(
			'edit + all measures',
			samples.map((x) => x.total),
			FRAME_MS
		),
		row(
			'undo (applyPatches)',
			samples.map((x) => x.undo)
		)
	];
}

function largestBuiltIn(): Structure | undefined {
	try {
		const all = loadBuiltInModels();
		return all.sort((a, b) => Object.keys(b.posts).length - Object.keys(a.posts).length)[0];
	} catch {
		return undefined;
	}
}

export function runEditBench({ quick }: BenchOptions): BenchResult[] {
	const runs = quick ? 10 : 60;
	const results: BenchResult[] = [];
	const subjects: [string, Structure | undefined][] = [
		['largest built-in', largestBuiltIn()],
		['generated', generateEstablishment({ posts: 12_000, seed: 1 })]
	];
	for (const [label, raw] of subjects) {
		if (!raw) {
			results.push({
				section: 'edit',
				name: `${label}: not run`,
				unit: 'ms',
				median: NaN,
				note: 'model files did not load'
			});
			continue;
		}
		// Snapshots are deep-frozen, as the store hands them out; immer then skips them when finalising.
		const s = freeze(structuredClone(raw), true);
		const name = `${label} (${s.id})`;
		const { postId, a, b } = movablePost(s);
		results.push(
			...report(
				`${name} movePost`,
				s,
				timeEdits(s, (n) => ({ type: 'movePost', postId, newManagerId: n % 2 ? a : b }), runs),
				'copies the posts record once'
			)
		);
		const service = Object.keys(s.services)[0];
		const units = Object.keys(s.units);
		if (service && units.length > 1) {
			results.push(
				...report(
					`${name} moveService`,
					s,
					timeEdits(
						s,
						(n) => ({
							type: 'moveService',
							serviceId: service,
							unitId: units[n % 2] === s.services[service].unit ? units[(n + 1) % 2] : units[n % 2]
						}),
						runs
					),
					'leaves the posts record untouched'
				)
			);
		}
	}
	return results;
}

export const editSection: BenchSection = {
	id: 'edit',
	title: 'one edit and every measure recalculated',
	run: runEditBench
};
