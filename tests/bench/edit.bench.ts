/**
 * Speed of editing: one edit through immer (applyEdit) and then every measure the editor shows
 * recalculated on the new snapshot (summarise, structureCost, meetingLoad, runChecks, joiningUp),
 * on the largest built-in model and on a generated 12,000-post establishment. Target: the whole
 * of it inside one frame (16 ms). Then undo through the history, as the editor undoes, and every
 * measure again: issue 9's goal is the edit, the undo and every measure under 4 ms at 12,000
 * posts. The note gives the ratio to a plain typed-array pass over the same posts (baseline.ts).
 * The store has its own section (store.bench.ts).
 *
 * Each run edits the snapshot the previous run made (as a user does), alternating a post between
 * two managers so every run is a real change; every edited snapshot is new, so no measure is
 * served from the per-snapshot memo. After the undo the run redoes (untimed), so the chain goes on.
 *
 *   import { editSection, runEditBench } from './edit.bench.ts'
 */
import { freeze } from 'immer';
import {
	joiningUp,
	meetingLoad,
	runChecks,
	structureCost,
	summarise
} from '../../src/lib/analysis/index.ts';
import { applyEdit } from '../../src/lib/editing/applyEdit.ts';
import type { Edit } from '../../src/lib/editing/edits.ts';
import { createHistory, record, redo, undo } from '../../src/lib/editing/history.ts';
import { loadBuiltInModels } from '../../src/lib/model/index.ts';
import type { Structure } from '../../src/lib/model/types.ts';
import { generateEstablishment } from './generateEstablishment.ts';
import { ratioNote, timeBaseline } from './baseline.ts';
import { percentile, type Timing } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

const FRAME_MS = 16;
/** Issue 9: one edit, its undo and every measure, 12,000 posts. */
const EDIT_UNDO_MS = 4;

function allMeasures(s: Structure): unknown[] {
	return [summarise(s), structureCost(s), meetingLoad(s), runChecks(s), joiningUp(s)];
}

/** A post below the top two layers and two managers it can move between without a cycle. */
export function movablePost(s: Structure): { postId: string; a: string; b: string } {
	const depth = (id: string): number => {
		let d = 0;
		for (let p = s.posts.get(id); p?.reportsTo !== undefined; p = s.posts.get(p.reportsTo)) d++;
		return d;
	};
	const reports = new Map<string, number>();
	for (const post of s.posts.values()) {
		const to = post.reportsTo;
		if (to) reports.set(to, (reports.get(to) ?? 0) + 1);
	}
	// A leaf (no reports) deep in the tree, and the CEO's first two direct reports as managers:
	// a leaf can never be above either of them.
	const leaf = [...s.posts.keys()]
		.filter((id) => !reports.has(id) && id !== s.ceo && s.posts.get(id)!.status !== 'deleted')
		.sort((x, y) => depth(y) - depth(x))[0];
	const top = [...s.posts.keys()].filter(
		(id) =>
			s.posts.get(id)!.reportsTo === s.ceo && s.posts.get(id)!.status !== 'deleted' && id !== leaf
	);
	return { postId: leaf, a: top[0], b: top[1] };
}

interface Sample {
	edit: number;
	measures: number;
	total: number;
	undo: number;
	/** Edit, every measure, undo, every measure again. */
	round: number;
}

function stats(xs: number[]) {
	const sorted = [...xs].sort((p, q) => p - q);
	return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), min: sorted[0] };
}

/** Time `runs` chained edits of one kind on `start`. */
function timeEdits(
	start: Structure,
	makeEdit: (n: number) => Edit,
	runs: number,
	warmup = 5
): Sample[] {
	let h = createHistory(start);
	allMeasures(start);
	const samples: Sample[] = [];
	for (let n = 0; n < runs + warmup; n++) {
		const t0 = performance.now();
		const r = applyEdit(h.present, makeEdit(n));
		const t1 = performance.now();
		if (!r.ok) throw new Error(r.error);
		if (r.patches.length === 0) throw new Error('the benchmark edit changed nothing');
		h = record(h, r);
		allMeasures(r.structure);
		const t2 = performance.now();
		h = undo(h);
		const t3 = performance.now();
		allMeasures(h.present);
		const t4 = performance.now();
		if (n >= warmup)
			samples.push({
				edit: t1 - t0,
				measures: t2 - t1,
				total: t2 - t0,
				undo: t3 - t2,
				round: t4 - t0
			});
		h = redo(h);
	}
	return samples;
}

function report(
	name: string,
	s: Structure,
	samples: Sample[],
	note: string,
	base: Timing
): BenchResult[] {
	const size = s.posts.size;
	const runs = samples.length;
	const row = (what: string, xs: number[], target?: number): BenchResult => {
		const st = stats(xs);
		const ratio = ratioNote(st.median, base);
		return {
			section: 'edit',
			name: `${name}: ${what}`,
			size,
			unit: 'ms',
			...st,
			runs,
			...(target === undefined ? {} : { target }),
			note: what.startsWith('edit + ') ? `${ratio}; ${note}` : ratio
		};
	};
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
			'undo (history: the kept snapshot)',
			samples.map((x) => x.undo)
		),
		row(
			'edit + all measures + undo + all measures',
			samples.map((x) => x.round),
			size >= 10_000 ? EDIT_UNDO_MS : undefined
		)
	];
}

function largestBuiltIn(): Structure | undefined {
	try {
		const all = loadBuiltInModels();
		return all.sort((a, b) => b.posts.size - a.posts.size)[0];
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
		const base = timeBaseline(s, runs);
		const { postId, a, b } = movablePost(s);
		results.push(
			...report(
				`${name} movePost`,
				s,
				timeEdits(s, (n) => ({ type: 'movePost', postId, newManagerId: n % 2 ? a : b }), runs),
				'copies the posts Map once',
				base
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
					'leaves the posts Map untouched',
					base
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
