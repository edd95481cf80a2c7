/** The shape every benchmark section returns, so run.ts can print them in one table. */
export interface BenchResult {
	/** Section id, e.g. 'measures'. */
	section: string;
	/** What was measured, e.g. 'spanOfControl'. */
	name: string;
	/** Size of the input, when it has one (posts). */
	size?: number;
	unit: 'ms' | 'bytes' | 'ratio';
	/** Median over the runs (or the single value). */
	median: number;
	p95?: number;
	/** Fastest run: the least disturbed by other processes on a shared machine. */
	min?: number;
	runs?: number;
	/** The value to stay under, in the same unit. */
	target?: number;
	note?: string;
}

export interface BenchOptions {
	/** Fewer runs, for a smoke test. */
	quick: boolean;
}

/** A named group of benchmarks; run.ts runs every section in BENCH_SECTIONS. */
export interface BenchSection {
	id: string;
	title: string;
	run(options: BenchOptions): BenchResult[] | Promise<BenchResult[]>;
}
