/**
 * Importing a whole council's HR establishment: a generated CSV of 11,000 and of 100,000 posts,
 * read, mapped, checked, built into a Structure and given every measure (the summary and the
 * council-wide measures) on a fresh snapshot. Each is set against a plain typed-array pass over
 * the same posts (spans, layers and FTE from Int32Array/Float64Array), timed in the same run, so
 * the ratio says what the import costs over the least the arithmetic could. Goals (issue 9):
 * 11,000 posts under 1 s; 100,000 under 10 s, about linear.
 */
import { councilWide } from '../../src/lib/analysis/councilWide.ts';
import { summarise } from '../../src/lib/analysis/summary.ts';
import { establishmentFromTable } from '../../src/lib/establishment/importEstablishment.ts';
import { readCsv } from '../../src/lib/establishment/readTable.ts';
import { generateHrExport, toCsv } from '../support/hrExport.ts';
import { typedArrayPass } from './baseline.ts';
import { time, timingRow } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

function importAndMeasure(bytes: Uint8Array) {
	const read = readCsv(bytes, 'establishment.csv');
	if (!read.ok) throw new Error(read.errors[0].message);
	const r = establishmentFromTable(read.table, { date: '2024-06-01' });
	if (!r.ok) throw new Error(r.errors[0].message);
	return [summarise(r.structure), councilWide(r.structure)];
}

export function runEstablishment({ quick }: BenchOptions): BenchResult[] {
	const results: BenchResult[] = [];
	const medians = new Map<number, number>();
	for (const size of [11_000, 100_000]) {
		const e = generateHrExport({ posts: size, seed: 1 });
		const bytes = new TextEncoder().encode(toCsv(e));
		const position = new Map(e.rows.map((r, i) => [r[0], i]));
		const arrays = {
			parent: Int32Array.from(e.rows, (r) => (r[1] === '' ? -1 : position.get(r[1])!)),
			fte: Float64Array.from(e.rows, (r) => Number(r[7]))
		};
		const runs = quick ? 3 : size > 50_000 ? 5 : 15;
		const warmup = size > 50_000 ? 2 : 4;
		const whole = time(importAndMeasure, () => bytes, { runs, warmup });
		const readOnly = time(
			(b: Uint8Array) => readCsv(b, 'establishment.csv'),
			() => bytes,
			{ runs, warmup }
		);
		const base = time(typedArrayPass, () => arrays, { runs: runs * 20, warmup: 20 });
		medians.set(size, whole.median);
		const row = (name: string, t: typeof whole, extra: Partial<BenchResult> = {}) =>
			timingRow('establishment', name, size, t, extra);
		results.push(
			row('import CSV: parse, map, validate, build, every measure', whole, {
				target: size === 11_000 ? 1000 : 10_000,
				note: `${new Intl.NumberFormat('en-GB').format(bytes.length)} bytes`
			}),
			row('  of which reading the CSV (decode, Papa Parse)', readOnly),
			row('plain typed-array pass (spans, layers, FTE)', base),
			{
				section: 'establishment',
				name: 'import ÷ typed-array pass',
				size,
				unit: 'ratio',
				median: whole.median / base.median,
				min: whole.min / base.min
			}
		);
	}
	results.push({
		section: 'establishment',
		name: 'import 100k / 11k (linear ≈ 9.1)',
		unit: 'ratio',
		median: medians.get(100_000)! / medians.get(11_000)!
	});
	return results;
}

export const establishmentSection: BenchSection = {
	id: 'establishment',
	title: 'HR establishment import',
	run: runEstablishment
};
