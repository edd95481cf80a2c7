/**
 * The long tables of an 11,000-post establishment, in the view mappers the costs page runs on
 * every sort and keystroke: the rows built from the core's costs, sorted by cost and by title,
 * and filtered by a title. Each is set against a plain typed-array pass over the same posts (the
 * costs in a Float64Array, sorted), timed in the same run. The rows in the page are counted by
 * the browser test (tests/e2e/large-tables.spec.ts: fewer than 200 of 11,000).
 */
import { structureCost } from '../../src/lib/analysis/index.ts';
import { establishmentFromTable } from '../../src/lib/establishment/importEstablishment.ts';
import { readCsv } from '../../src/lib/establishment/readTable.ts';
import { costRowText, sortCostRows, toCostRows } from '../../src/lib/view/charts/costRows.ts';
import { filterRows } from '../../src/lib/view/tableRows.ts';
import { generateHrExport, toCsv } from '../support/hrExport.ts';
import { time, timingRow } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

export function runTables({ quick }: BenchOptions): BenchResult[] {
	const size = 11_000;
	const e = generateHrExport({ posts: size, seed: 1 });
	const read = readCsv(new TextEncoder().encode(toCsv(e)), 'establishment.csv');
	if (!read.ok) throw new Error(read.errors[0].message);
	const built = establishmentFromTable(read.table, { date: '2024-06-01' });
	if (!built.ok) throw new Error(built.errors[0].message);
	const s = built.structure;
	const cost = structureCost(s);
	const rows = toCostRows(s, cost.posts);
	const totals = Float64Array.from(cost.posts, (p) => p.total);
	const runs = quick ? 5 : 30;
	const row = (name: string, t: ReturnType<typeof time>) => timingRow('tables', name, size, t);

	const build = time(
		() => toCostRows(s, cost.posts),
		() => undefined,
		{ runs }
	);
	const byCost = time(
		() => sortCostRows(rows, { key: 'total', direction: 'descending' }),
		() => undefined,
		{ runs }
	);
	const byTitle = time(
		() => sortCostRows(rows, { key: 'title', direction: 'ascending' }),
		() => undefined,
		{ runs }
	);
	const filtered = time(
		() => filterRows(rows, 'senior officer', costRowText),
		() => undefined,
		{
			runs
		}
	);
	const base = time(
		(a: Float64Array) => a.sort(),
		() => totals.slice(),
		{ runs: runs * 4 }
	);
	const ratio = (name: string, t: ReturnType<typeof time>): BenchResult => ({
		section: 'tables',
		name,
		size,
		unit: 'ratio',
		median: t.median / base.median,
		min: t.min / base.min
	});
	return [
		row('cost rows built from the core’s costs', build),
		row('cost rows sorted by cost, descending', byCost),
		row('cost rows sorted by title (en-GB collation)', byTitle),
		row('cost rows filtered by a title ("senior officer")', filtered),
		row('plain typed-array pass (Float64Array of costs, sorted)', base),
		ratio('sort by cost ÷ typed-array pass', byCost),
		ratio('sort by title ÷ typed-array pass', byTitle)
	];
}

export const tablesSection: BenchSection = {
	id: 'tables',
	title: 'Long tables (view mappers)',
	run: runTables
};
