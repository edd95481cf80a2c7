import type { BenchResult } from './types.ts';
/** Timing helpers for the benchmarks: several runs, median and 95th percentile. */

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	// Nearest-rank: the smallest value with at least p of the runs at or below it.
	const rank = Math.max(1, Math.ceil(p * sorted.length));
	return sorted[rank - 1];
}

export interface Timing {
	runs: number;
	median: number;
	p95: number;
	min: number;
}

/**
 * Times `fn` over `runs` runs after `warmup` unmeasured ones. `setup` runs before each run, outside
 * the timing (to hand each run a fresh structure object so memoisation cannot hide the work).
 */
export function time<T>(
	fn: (input: T) => unknown,
	setup: () => T,
	{ runs, warmup = 10 }: { runs: number; warmup?: number }
): Timing {
	let sink: unknown;
	for (let i = 0; i < warmup; i++) sink = fn(setup());
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const input = setup();
		const t0 = performance.now();
		sink = fn(input);
		samples.push(performance.now() - t0);
	}
	if (sink === Symbol.for('never')) console.log(sink);
	samples.sort((a, b) => a - b);
	return {
		runs,
		median: percentile(samples, 0.5),
		p95: percentile(samples, 0.95),
		min: samples[0]
	};
}

/** A timing as one row of the benchmark table. */
export function timingRow(
	section: string,
	name: string,
	size: number | undefined,
	t: Timing,
	extra: Partial<BenchResult> = {}
): BenchResult {
	return {
		section,
		name,
		size,
		unit: 'ms',
		median: t.median,
		p95: t.p95,
		min: t.min,
		runs: t.runs,
		...extra
	};
}
