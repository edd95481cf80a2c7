/**
 * Runs the benchmark sections and prints a table (or JSON with --json).
 *   npx tsx tests/bench/run.ts [--json] [--quick] [--only measures,other]
 * To add a section, export a BenchSection and list it in BENCH_SECTIONS.
 */
import { loadavg } from 'node:os';
import { editSection } from './edit.bench.ts';
import { establishmentSection } from './establishment.bench.ts';
import { importLoadSection } from './importLoad.bench.ts';
import { largeGraphSection } from './largeGraph.bench.ts';
import { measuresSection } from './measures.bench.ts';
import { pdfSection } from './pdf.bench.ts';
import { renderSection } from './render.bench.ts';
import { storeSection } from './store.bench.ts';
import { tablesSection } from './tables.bench.ts';
import type { BenchResult, BenchSection } from './types.ts';

export const BENCH_SECTIONS: BenchSection[] = [
	measuresSection,
	editSection,
	storeSection,
	establishmentSection,
	importLoadSection,
	renderSection,
	tablesSection,
	largeGraphSection,
	pdfSection
];

function format(value: number, unit: BenchResult['unit']): string {
	if (unit === 'ms') return value < 10 ? value.toFixed(2) : value.toFixed(1);
	if (unit === 'ratio') return `${value.toFixed(2)}×`;
	return new Intl.NumberFormat('en-GB').format(Math.round(value));
}

export function renderTable(results: BenchResult[]): string {
	const rows = results.map((r) => {
		const unit = r.unit === 'ms' ? ' ms' : r.unit === 'bytes' ? ' B' : '';
		const verdict =
			r.target === undefined
				? ''
				: r.median <= r.target
					? `ok (≤ ${r.target}${unit})`
					: `OVER (${r.target}${unit})`;
		return [
			r.section,
			r.name,
			r.size === undefined ? '' : new Intl.NumberFormat('en-GB').format(r.size),
			format(r.median, r.unit) + unit,
			r.p95 === undefined ? '' : format(r.p95, r.unit) + unit,
			r.min === undefined ? '' : format(r.min, r.unit) + unit,
			r.runs === undefined ? '' : String(r.runs),
			[verdict, r.note ?? ''].filter(Boolean).join('; ')
		];
	});
	const header = ['section', 'benchmark', 'size', 'median', 'p95', 'min', 'runs', 'target / note'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const quick = args.includes('--quick');
	const onlyAt = args.indexOf('--only');
	const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]?.split(',')) : undefined;
	const results: BenchResult[] = [];
	const loadBefore = loadavg()[0];
	for (const section of BENCH_SECTIONS) {
		if (only && !only.has(section.id)) continue;
		if (!json) process.stderr.write(`running ${section.title}…\n`);
		results.push(...(await section.run({ quick })));
	}
	const meta = {
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		date: new Date().toISOString(),
		// Timings on a shared machine move with its load; the 1-minute load average says how busy it was.
		loadAverage: { before: loadBefore, after: loadavg()[0] }
	};
	if (json) console.log(JSON.stringify({ ...meta, results }, null, '\t'));
	else
		console.log(
			`${meta.node} on ${meta.platform}, load average ${loadBefore.toFixed(1)} → ${meta.loadAverage.after.toFixed(1)}\n\n${renderTable(results)}`
		);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
