/**
 * Speed of the analysis core on generated establishments of 12,000 and 100,000 posts. Each run
 * gets a fresh structure object (a shallow copy), so the per-structure memoisation (the org index,
 * post totals) is rebuilt and counted; within "all measures" it is built once and shared, as in
 * the app. Targets: all measures for 12,000 posts under 10 ms, growing about linearly.
 */
import type { Structure } from '../../src/lib/model/types.ts';
import {
	compareStructures,
	costByFinancialYear,
	diffStructures,
	joiningUp,
	layers,
	meetingLoad,
	runChecks,
	spanOfControl,
	structureCost,
	summarise
} from '../../src/lib/analysis/index.ts';
import { generateEstablishment, perturbEstablishment } from './generateEstablishment.ts';
import { time } from './stats.ts';
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

function allMeasures(s: Structure): unknown[] {
	return MEASURES.map(([, fn]) => fn(s));
}

/** A copy with every record copied too: no object shared with the original (two loaded files). */
function unshared(s: Structure): Structure {
	return structuredClone(s);
}

export function runMeasures({ quick }: BenchOptions): BenchResult[] {
	const results: BenchResult[] = [];
	const allMedian = new Map<number, number>();
	for (const size of [12_000, 100_000]) {
		const runs = quick ? 5 : size > 50_000 ? 15 : 40;
		const s = generateEstablishment({ posts: size, seed: 1 });
		const fresh = () => ({ ...s });
		for (const [name, fn] of MEASURES) {
			const t = time(fn, fresh, { runs });
			results.push({ section: 'measures', name, size, unit: 'ms', median: t.median, p95: t.p95, runs });
		}
		const all = time(allMeasures, fresh, { runs });
		allMedian.set(size, all.median);
		results.push({
			section: 'measures',
			name: 'all measures (one snapshot)',
			size,
			unit: 'ms',
			median: all.median,
			p95: all.p95,
			runs,
			...(size === 12_000 ? { target: 10 } : {})
		});

		const b = perturbEstablishment(s, { seed: 2, rate: 0.02 });
		const diffRuns = quick ? 3 : size > 50_000 ? 10 : 20;
		const d = time((pair: [Structure, Structure]) => diffStructures(pair[0], pair[1]), () => [fresh(), { ...b }] as [Structure, Structure], {
			runs: diffRuns
		});
		results.push({
			section: 'measures',
			name: 'diffStructures (2% changed, shared records)',
			size,
			unit: 'ms',
			median: d.median,
			p95: d.p95,
			runs: diffRuns
		});
		const bUnshared = unshared(b);
		const du = time((pair: [Structure, Structure]) => diffStructures(pair[0], pair[1]), () => [fresh(), { ...bUnshared }] as [Structure, Structure], {
			runs: diffRuns
		});
		results.push({
			section: 'measures',
			name: 'diffStructures (2% changed, no shared records)',
			size,
			unit: 'ms',
			median: du.median,
			p95: du.p95,
			runs: diffRuns
		});
		const c = time((pair: [Structure, Structure]) => compareStructures(pair[0], pair[1]), () => [fresh(), { ...b }] as [Structure, Structure], {
			runs: diffRuns
		});
		results.push({
			section: 'measures',
			name: 'compareStructures (diff + describe + reconcile)',
			size,
			unit: 'ms',
			median: c.median,
			p95: c.p95,
			runs: diffRuns
		});
	}
	const ratio = allMedian.get(100_000)! / allMedian.get(12_000)!;
	results.push({
		section: 'measures',
		name: 'all measures 100k / 12k (linear ≈ 8.3)',
		unit: 'ratio',
		median: ratio,
		note: `posts ratio ${(100_000 / 12_000).toFixed(2)}`
	});
	return results;
}

export const measuresSection: BenchSection = {
	id: 'measures',
	title: 'Analysis measures',
	run: runMeasures
};
