/**
 * Speed of the analysis core on generated establishments of 12,000 and 100,000 posts. Each run
 * gets a fresh structure object (a shallow copy), so the per-structure memoisation (the org index,
 * post totals) is rebuilt and counted; within "all measures" it is built once and shared, as in
 * the app. Targets (issue 9): all measures for 12,000 posts under 5 ms, growing about linearly.
 * Each line's note gives its ratio to a plain typed-array pass over the same posts (baseline.ts).
 *
 * The per-post views (structureCost's row per post, costByFinancialYear's rows, layers'
 * depthByPost record) are built on first read; the "with per-post rows" lines time a measure with
 * its rows read, so that work is shown rather than hidden.
 */
import type { Structure } from '../../src/lib/model/types.ts';
import {
	accountabilityRoutes,
	compareStructures,
	costByFinancialYear,
	diffStructures,
	joiningUp,
	layers,
	meetingLoad,
	orgIndex,
	runChecks,
	spanOfControl,
	structureCost,
	summarise
} from '../../src/lib/analysis/index.ts';
import { validateStructure } from '../../src/lib/model/validate.ts';
import { generateEstablishment, perturbEstablishment } from './generateEstablishment.ts';
import { ratioNote, timeBaseline } from './baseline.ts';
import { time, timingRow, type Timing } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

const MEASURES: [string, (s: Structure) => unknown][] = [
	['spanOfControl', spanOfControl],
	['layers', layers],
	['joiningUp', joiningUp],
	['runChecks', runChecks],
	['meetingLoad', meetingLoad],
	['structureCost', structureCost],
	['costByFinancialYear (2 years)', (s) => costByFinancialYear(s, ['2021/22', '2022/23'])],
	['summarise', summarise]
];

/** Not measures, but what every measure's first call pays for: explains the growth with size. */
const INTERNALS: [string, (s: Structure) => unknown][] = [
	['  orgIndex (line tree, built once per snapshot)', orgIndex],
	['  [...s.posts.keys()] alone (inside orgIndex)', (s) => [...s.posts.keys()]]
];

/** Measures with their lazily built per-post views read, as the costs and spans pages read them. */
const WITH_ROWS: [string, (s: Structure) => unknown][] = [
	['structureCost with per-post rows', (s) => structureCost(s).posts],
	[
		'costByFinancialYear (2 years) with per-post rows',
		(s) => costByFinancialYear(s, ['2021/22', '2022/23']).map((y) => y.posts)
	],
	['layers with depthByPost', (s) => layers(s).depthByPost],
	['accountabilityRoutes (every unit)', accountabilityRoutes]
];

function allMeasures(s: Structure): unknown[] {
	return MEASURES.map(([, fn]) => fn(s));
}

/** A copy with every record copied too: no object shared with the original (two loaded files). */
function unshared(s: Structure): Structure {
	return structuredClone(s);
}

const row = (name: string, size: number, t: Timing, extra: Partial<BenchResult> = {}) =>
	timingRow('measures', name, size, t, extra);

export function runMeasures({ quick }: BenchOptions): BenchResult[] {
	const results: BenchResult[] = [];
	const allMedian = new Map<number, number>();
	const allMin = new Map<number, number>();
	for (const size of [12_000, 100_000]) {
		const runs = quick ? 5 : size > 50_000 ? 15 : 40;
		const s = generateEstablishment({ posts: size, seed: 1 });
		const invalid = validateStructure(s, 'generated').length;
		// A shallow copy is a new snapshot: every per-structure memo starts empty.
		const fresh = () => ({ ...s });
		const base = timeBaseline(s, runs);
		const ratio = (t: Timing) => ({ note: ratioNote(t.median, base) });
		results.push(row('plain typed-array pass (spans, layers, FTE)', size, base));
		for (const [name, fn] of [...MEASURES, ...WITH_ROWS, ...INTERNALS]) {
			const t = time(fn, fresh, { runs });
			results.push(row(name, size, t, ratio(t)));
		}
		const all = time(allMeasures, fresh, { runs });
		allMedian.set(size, all.median);
		allMin.set(size, all.min);
		results.push(
			row('all measures (one snapshot)', size, all, {
				...(size === 12_000 ? { target: 5 } : {}),
				note: `${ratioNote(all.median, base)}; generated structure: ${invalid} validation errors`
			})
		);

		const b = perturbEstablishment(s, { seed: 2, rate: 0.02 });
		const bUnshared = unshared(b);
		const diffRuns = quick ? 3 : size > 50_000 ? 10 : 20;
		type Pair = [Structure, Structure];
		const diff = ([x, y]: Pair) => diffStructures(x, y);
		const compare = ([x, y]: Pair) => compareStructures(x, y);
		const pairs: [string, (p: Pair) => unknown, () => Pair][] = [
			['diffStructures (2% changed, shared records)', diff, () => [fresh(), { ...b }]],
			['diffStructures (2% changed, no shared records)', diff, () => [fresh(), { ...bUnshared }]],
			['compareStructures (diff + describe + reconcile)', compare, () => [fresh(), { ...b }]]
		];
		for (const [name, fn, setup] of pairs)
			results.push(row(name, size, time(fn, setup, { runs: diffRuns })));
	}
	results.push({
		section: 'measures',
		name: 'all measures 100k / 12k (linear ≈ 8.3)',
		unit: 'ratio',
		median: allMedian.get(100_000)! / allMedian.get(12_000)!,
		min: allMin.get(100_000)! / allMin.get(12_000)!,
		note: `posts ratio ${(100_000 / 12_000).toFixed(2)}; min column: ratio of the fastest runs`
	});
	return results;
}

export const measuresSection: BenchSection = {
	id: 'measures',
	title: 'Analysis measures',
	run: runMeasures
};
