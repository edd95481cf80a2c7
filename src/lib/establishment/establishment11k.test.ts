/**
 * An 11,000-post generated HR export, imported whole. The expected figures are counted here
 * straight from the generated rows, with plain maps, not by the import or the analysis core.
 */
import { describe, expect, it } from 'vitest';
import { generateHrExport, toCsv, toXlsx, type HrExport } from '../../../tests/support/hrExport';
import { councilWide } from '../analysis/councilWide';
import { summarise } from '../analysis/summary';
import { validateStructure } from '../model/validate';
import { establishmentFromFile } from './importEstablishment';
import { postsRecord } from '$lib/model/structureDocument';

const [ID, MANAGER, , , DIR, SERVICE, TEAM, FTE, , VACANT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function countIndependently(rows: string[][]) {
	const managerOf = new Map(rows.map((r) => [r[ID], r[MANAGER]]));
	const reports = new Map<string, number>();
	for (const r of rows) if (r[MANAGER]) reports.set(r[MANAGER], (reports.get(r[MANAGER]) ?? 0) + 1);
	const histogram: Record<string, number> = {};
	for (const n of reports.values()) histogram[n] = (histogram[n] ?? 0) + 1;
	const depth = new Map<string, number>();
	const depthOf = (id: string): number => {
		const known = depth.get(id);
		if (known !== undefined) return known;
		const m = managerOf.get(id)!;
		const d = m === '' ? 1 : depthOf(m) + 1;
		depth.set(id, d);
		return d;
	};
	let layers = 0;
	for (const r of rows) layers = Math.max(layers, depthOf(r[ID]));
	const units = new Set<string>();
	for (const r of rows) {
		units.add(r[DIR]);
		if (r[SERVICE]) units.add(`${r[DIR]}>${r[SERVICE]}`);
		if (r[TEAM]) units.add(`${r[DIR]}>${r[SERVICE]}>${r[TEAM]}`);
	}
	const totalReports = [...reports.values()].reduce((a, b) => a + b, 0);
	return {
		posts: rows.length,
		managers: reports.size,
		averageSpan: totalReports / reports.size,
		histogram,
		layers,
		fte: Math.round(rows.reduce((sum, r) => sum + Number(r[FTE]), 0) * 10000) / 10000,
		vacant: rows.filter((r) => r[VACANT] === 'Yes').length,
		units: units.size,
		ceoSpan: reports.get(rows[0][ID])!
	};
}

async function imported(e: HrExport, file: string, bytes: Uint8Array, leaveOutBadRows = false) {
	const r = await establishmentFromFile(bytes, file, { date: '2024-06-01', leaveOutBadRows });
	if (!r.ok) throw new Error(`refused: ${r.errors[0].message}`);
	return r;
}

describe('an 11,000-post HR export', () => {
	const e = generateHrExport({ posts: 11000, seed: 7 });
	const expected = countIndependently(e.rows);

	it('imports with the spans, layers, managers, FTE and counts of the rows', async () => {
		const r = await imported(e, 'establishment.csv', new TextEncoder().encode(toCsv(e)));
		const s = r.structure;
		expect(validateStructure(s, 'establishment.csv')).toEqual([]);
		const summary = summarise(s);
		expect(summary.posts).toBe(expected.posts);
		expect(summary.managers).toBe(expected.managers);
		expect(summary.averageSpan).toBeCloseTo(expected.averageSpan, 12);
		expect(summary.spanHistogram).toEqual(expected.histogram);
		expect(summary.layers).toBe(expected.layers);
		expect(summary.fte).toBe(expected.fte);
		expect(summary.ceoSpan).toBe(expected.ceoSpan);
		const wide = councilWide(s);
		expect(wide.vacancies.posts).toBe(expected.vacant);
		expect(Object.keys(s.units)).toHaveLength(expected.units);
		expect(wide.layers.layers).toBe(expected.layers);
		// the generator's spans are ragged around six, as the source describes (1:6)
		expect(expected.averageSpan).toBeGreaterThan(5);
		expect(expected.averageSpan).toBeLessThan(6.5);
		expect(r.leftOut).toEqual([]);
	});

	it('with bad rows, leaves out exactly the bad rows and the row under the loop', async () => {
		const bad = generateHrExport({ posts: 11000, seed: 7, badRows: true });
		const r = await imported(bad, 'establishment.csv', new TextEncoder().encode(toCsv(bad)), true);
		const b = bad.bad!;
		const leftOut = new Set(r.leftOut.map((l) => `${l.id}@${l.row}`));
		const rowOf = (id: string, last = false) => {
			const rows = bad.rows.map((row, i) => (row[ID] === id ? i + 2 : -1)).filter((i) => i > 0);
			return last ? rows[rows.length - 1] : rows[0];
		};
		expect(leftOut).toEqual(
			new Set([
				`${b.unknownManager}@${rowOf(b.unknownManager)}`,
				`${b.badFte}@${rowOf(b.badFte)}`,
				`${b.duplicate}@${rowOf(b.duplicate, true)}`,
				`${b.loop[0]}@${rowOf(b.loop[0])}`,
				`${b.loop[1]}@${rowOf(b.loop[1])}`,
				`${b.underLoop}@${rowOf(b.underLoop)}`,
				`${b.secondTop}@${rowOf(b.secondTop)}`,
				`${b.uncostedGrade}@${rowOf(b.uncostedGrade)}`
			])
		);
		// The faults were put on posts with no reports, so the others are the good rows: 11,000 − 2.
		const kept = bad.rows
			.slice(0, 11000)
			.filter((row) => row[ID] !== b.unknownManager && row[ID] !== b.badFte);
		expect(summarise(r.structure).posts).toBe(kept.length);
		expect(summarise(r.structure).managers).toBe(countIndependently(kept).managers);
	});
});

describe('the same export as XLSX', () => {
	it('gives the same structure as the CSV', async () => {
		const e = generateHrExport({ posts: 1500, seed: 3 });
		const fromCsv = await imported(e, 'e.csv', new TextEncoder().encode(toCsv(e)));
		const fromXlsx = await imported(e, 'e.xlsx', await toXlsx(e));
		const expected = countIndependently(e.rows);
		expect(summarise(fromXlsx.structure).spanHistogram).toEqual(expected.histogram);
		// the same posts, units and grades; provenance names the same rows
		expect(
			JSON.stringify(postsRecord(fromXlsx.structure.posts)).replaceAll('e.xlsx', 'e.csv')
		).toBe(JSON.stringify(postsRecord(fromCsv.structure.posts)));
	});
});
