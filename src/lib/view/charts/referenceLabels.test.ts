import { describe, expect, it } from 'vitest';
import { spanOfControl } from '$lib/analysis';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import {
	clearOfLines,
	crosses,
	estimateTextWidth,
	placeReferenceLabels,
	textPlace,
	type PlacedReferenceLabel
} from './referenceLabels';
import { spanColumns, spanReferenceLines } from './spanDrillDown';

// The 2020 CLT's spans histogram as the spans page draws it: ten columns (spans 1 to 10, the
// Chief Executive's 10 marked) and lines at its average 1:4.3 (30 reports over 7 managers,
// 4.2857…), the source's 1:6 now and its 1:10 target.
const clt = loadBuiltInModels().find((m) => m.id === 'clt-2020')!;
const spans = spanOfControl(clt);
const columns = spanColumns(
	spans.managers,
	{ span: spans.ceo.span, title: 'Chief Executive' },
	clt.spanRules
);
const references = spanReferenceLines(spans.averageSpan, clt.spanRules);

/**
 * The column chart's geometry at a width, as d3's scaleBand lays it out (padding 0.2, margins 52
 * left and 12 right): step = (width − 64) / 10.2, column k's centre at 52 + (k − 0.4) × step.
 */
function chart(width: number) {
	const step = (width - 64) / (columns.length + 0.2);
	const xOf = (value: number) => 52 + (value - 0.4) * step;
	const lines = references.map((r) => ({
		x: xOf(r.value),
		width: estimateTextWidth(r.label, 12.5),
		shortWidth: estimateTextWidth(r.shortLabel ?? r.label, 12.5)
	}));
	const bounds = { left: 0, right: width };
	return { step, xOf, lines, bounds, placed: placeReferenceLabels(lines, bounds) };
}

/** No label outside the chart, none in another's row, none crossed by a line drawn above it. */
function expectLegible(
	placed: PlacedReferenceLabel[],
	lines: { x: number }[],
	bounds: { left: number; right: number }
) {
	expect(new Set(placed.map((p) => p.row)).size).toBe(placed.length);
	placed.forEach((p) => {
		expect(p.left).toBeGreaterThanOrEqual(bounds.left);
		expect(p.right).toBeLessThanOrEqual(bounds.right);
		lines.forEach((l, j) => {
			if (placed[j].row < p.row) expect(crosses(l.x, p)).toBe(false);
		});
	});
}

describe('the spans histogram’s reference labels, 2020 CLT', () => {
	it('reads the figures the chart draws', () => {
		expect(columns.map((c) => c.value)).toEqual([1, 1, 2, 0, 2, 0, 0, 0, 0, 1]);
		expect(columns[9].highlight).toBe(true);
		expect(references.map((r) => r.value)).toEqual([30 / 7, 6, 10]);
		// 8 px a character at 12.5 px: 19, 71 and 67 characters.
		expect(chart(1872).lines.map((l) => l.width)).toEqual([152, 568, 536]);
		expect(chart(1872).lines.map((l) => l.shortWidth)).toEqual([152, 120, 88]);
	});

	it('on a 1920 screen (1,872 px): rows in order, the 1:6 label to the right so the average line misses it', () => {
		const { placed, lines, bounds } = chart(1872);
		// step 177.25: average at 740.76, 1:6 at 1,044.63 (past 55% of the width, usually labelled
		// to its left, where the average line would cross it), 1:10 at 1,753.65.
		expect(placed.map((p) => [p.row, p.anchor, p.short])).toEqual([
			[0, 'start', false],
			[1, 'start', false],
			[2, 'end', false]
		]);
		expect(placed[1].left).toBeCloseTo(1049.63, 2);
		expect(placed[2].left).toBeCloseTo(1212.65, 2);
		expectLegible(placed, lines, bounds);
	});

	it('on a 1280 screen (1,232 px): the 1:10 label on top and the average’s at the bottom', () => {
		const { placed, lines, bounds } = chart(1232);
		// step 114.51: average at 496.95, 1:6 at 693.25, 1:10 at 1,151.29. The 1:6 label fits
		// only to its line's left (120.25 to 688.25), across the average's x, so the average's
		// row is below it; the 1:10 label (610.29 to 1,146.29) spans the 1:6's x, so it is above.
		expect(placed.map((p) => [p.row, p.anchor, p.short])).toEqual([
			[2, 'start', false],
			[1, 'end', false],
			[0, 'end', false]
		]);
		expect(placed[1].left).toBeCloseTo(120.25, 2);
		expect(placed[2].left).toBeCloseTo(610.29, 2);
		expectLegible(placed, lines, bounds);
	});

	it('on a 560 px chart the cited labels give way to their short words', () => {
		const { placed, lines, bounds } = chart(560);
		// The 1:6 label alone (568 px) is wider than the chart.
		expect(placed.map((p) => [p.row, p.anchor, p.short])).toEqual([
			[0, 'start', false],
			[1, 'start', true],
			[2, 'end', true]
		]);
		// "1:10 target", 88 px, ends 5 px left of its line at 518.82.
		expect(placed[2].left).toBeCloseTo(425.82, 2);
		expectLegible(placed, lines, bounds);
	});

	it('stays legible at every width from a phone’s to a large screen', () => {
		for (let width = 360; width <= 2560; width += 8) {
			const { placed, lines, bounds } = chart(width);
			expectLegible(placed, lines, bounds);
		}
	});
});

describe('the Chief Executive’s column, under the 1:10 line', () => {
	it('moves its value beside the line, not under it', () => {
		const { xOf, lines, bounds } = chart(1232);
		const lineXs = lines.map((l) => l.x);
		// "1", 9 px wide, centred on 1,151.29, where the 1:10 line runs.
		const usual = textPlace(xOf(10), estimateTextWidth('1', 13), 'middle');
		expect(crosses(lineXs[2], usual)).toBe(true);
		const moved = clearOfLines(usual, lineXs, bounds);
		expect(moved.anchor).toBe('end');
		expect(moved.x).toBeCloseTo(1146.29, 2);
		expect(lineXs.some((x) => crosses(x, moved))).toBe(false);
	});

	it('ends its flag just left of the line, over its column', () => {
		for (const width of [1872, 1232, 560]) {
			const { step, xOf, lines, bounds } = chart(width);
			const lineXs = lines.map((l) => l.x);
			// Usually right-aligned on the column's right edge (it is near the chart's right).
			const columnRight = xOf(10) + 0.4 * step;
			const w = estimateTextWidth('Chief Executive ▼', 13);
			const flag = clearOfLines(textPlace(columnRight, w, 'end'), lineXs, bounds);
			expect(flag.anchor).toBe('end');
			expect(flag.x).toBeCloseTo(xOf(10) - 5, 6);
			// The ▼ still over the column: its end inside the column's band.
			expect(flag.right).toBeGreaterThan(xOf(10) - 0.4 * step);
			expect(lineXs.some((x) => crosses(x, flag))).toBe(false);
		}
	});

	it('leaves a label no line runs through where it is', () => {
		const usual = textPlace(200, 9, 'middle');
		expect(clearOfLines(usual, [], { left: 0, right: 560 })).toBe(usual);
		expect(clearOfLines(usual, [240.95, 324.31], { left: 0, right: 560 })).toBe(usual);
	});
});
