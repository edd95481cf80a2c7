/**
 * Where a column chart's words go so that none is crossed or covered: each reference line's label
 * in a row of its own above the plot, beside its line, and the column labels (a value, the Chief
 * Executive's flag) moved off any line that would run through them. Pure geometry in pixels; the
 * chart gives the positions and the words, and draws what comes back. Widths are estimated from
 * the words (the chart renders on the server, where nothing can be measured), generously.
 */

/** A stretch of the chart's width, in pixels. */
export interface Extent {
	left: number;
	right: number;
}

/** Where a piece of text sits: SVG's x and text-anchor, and the stretch it covers. */
export interface TextPlace extends Extent {
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

/** A reference line's label, placed: its row above the plot (0 the highest) and its side. */
export interface PlacedReferenceLabel extends TextPlace {
	row: number;
	/** Drawn in its short words: the whole label does not fit. */
	short: boolean;
}

/** Between a line and its label. */
export const LABEL_GAP = 5;
/** Clear space kept between a line and any text it passes. */
const CLEARANCE = 2;
/** Wide enough for bold system fonts (DejaVu Sans Bold, the widest, averages about 0.6 em). */
const EM_PER_CHARACTER = 0.64;
/** Beyond this many lines every arrangement is too many to try: rows in order, sides as usual. */
const MOST_ARRANGED = 6;

/** The width text takes at a font size, over- rather than under-estimated. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return Math.ceil([...text].length * fontSize * EM_PER_CHARACTER);
}

/** The stretch text covers when drawn at x with an anchor. */
export function textPlace(x: number, width: number, anchor: TextPlace['anchor']): TextPlace {
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { x, anchor, left, right: left + width };
}

/** True when a vertical line at x runs through the text (or too close to read it). */
export function crosses(lineX: number, text: Extent): boolean {
	return lineX > text.left - CLEARANCE && lineX < text.right + CLEARANCE;
}

function outside(text: Extent, bounds: Extent): number {
	return Math.max(0, bounds.left - text.left) + Math.max(0, text.right - bounds.right);
}

/**
 * Each reference line's label: a row each (so labels never overlap one another) and a side of its
 * line, arranged so that no line runs through another's label (a line is drawn from its label's
 * row down, so it crosses only the rows below it) and every label stays inside the chart. Of the
 * arrangements that manage it, the one nearest to rows in the lines' order with labels on the
 * side of their line away from the nearer edge. When no arrangement manages it (a narrow chart),
 * the longest labels give way to their short words (`short` true), longest first, until one does.
 *
 * @param lines each line's x, its label's width and its short words' width
 * @param bounds the chart's width
 */
export function placeReferenceLabels(
	lines: readonly { x: number; width: number; shortWidth?: number }[],
	bounds: Extent
): PlacedReferenceLabel[] {
	let best = arrange(lines, new Set(), bounds);
	const longestFirst = lines
		.map((l, i) => ({ i, width: l.width, short: l.shortWidth }))
		.filter((l) => l.short !== undefined && l.short < l.width)
		.sort((a, b) => b.width - a.width);
	const shortened = new Set<number>();
	for (const { i } of longestFirst) {
		if (best.faults === 0) break;
		shortened.add(i);
		const tried = arrange(lines, shortened, bounds);
		if (tried.faults < best.faults) best = tried;
	}
	return best.placed;
}

/** The best rows and sides for the labels at their widths (some short), and its faults. */
function arrange(
	lines: readonly { x: number; width: number; shortWidth?: number }[],
	shortened: ReadonlySet<number>,
	bounds: Extent
): { placed: PlacedReferenceLabel[]; faults: number } {
	const n = lines.length;
	const middle = bounds.left + (bounds.right - bounds.left) * 0.55;
	const usualSide = lines.map((l): 'start' | 'end' => (l.x > middle ? 'end' : 'start'));
	const place = (i: number, row: number, side: 'start' | 'end'): PlacedReferenceLabel => {
		const { x, width, shortWidth } = lines[i];
		const short = shortened.has(i);
		const w = short ? (shortWidth ?? width) : width;
		const at = side === 'start' ? x + LABEL_GAP : x - LABEL_GAP;
		return { ...textPlace(at, w, side), row, short };
	};

	/** How badly an arrangement reads (crossings and overflow), then how far from usual. */
	const score = (placed: PlacedReferenceLabel[]): [number, number] => {
		let faults = 0;
		let unusual = 0;
		placed.forEach((p, i) => {
			faults += outside(p, bounds) > 0 ? 1 : 0;
			for (let j = 0; j < n; j++) if (placed[j].row < p.row && crosses(lines[j].x, p)) faults += 1;
			unusual += Math.abs(p.row - i) + (p.anchor === usualSide[i] ? 0 : 1);
		});
		return [faults, unusual];
	};

	let best = lines.map((_, i) => place(i, i, usualSide[i]));
	let bestScore = score(best);
	if (n > MOST_ARRANGED) return { placed: best, faults: bestScore[0] };
	for (const rows of permutations(n))
		for (let sides = 0; sides < 1 << n; sides++) {
			const placed = rows.map((row, i) =>
				place(i, row, (sides >> i) & 1 ? opposite(usualSide[i]) : usualSide[i])
			);
			const s = score(placed);
			if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
				best = placed;
				bestScore = s;
			}
		}
	return { placed: best, faults: bestScore[0] };
}

/**
 * A column's label (its value, the Chief Executive's flag) where it would go, unless a
 * reference line runs through it there: then just beside the line, on whichever side keeps it
 * nearest where it would have been, inside the chart and clear of every line.
 *
 * @param usual where the label goes when nothing is in the way
 * @param lineXs the reference lines' x
 */
export function clearOfLines(
	usual: TextPlace,
	lineXs: readonly number[],
	bounds: Extent
): TextPlace {
	const clear = (t: TextPlace) => outside(t, bounds) === 0 && lineXs.every((x) => !crosses(x, t));
	if (clear(usual)) return usual;
	const width = usual.right - usual.left;
	const centre = (usual.left + usual.right) / 2;
	const beside = lineXs
		.flatMap((x) => [
			textPlace(x - LABEL_GAP, width, 'end'),
			textPlace(x + LABEL_GAP, width, 'start')
		])
		.filter(clear)
		.sort((a, b) => Math.abs(a.left + width / 2 - centre) - Math.abs(b.left + width / 2 - centre));
	return beside[0] ?? usual;
}

function opposite(side: 'start' | 'end'): 'start' | 'end' {
	return side === 'start' ? 'end' : 'start';
}

/** Every order of 0 … n−1, the identity first. */
function permutations(n: number): number[][] {
	if (n === 0) return [[]];
	const out: number[][] = [];
	for (const rest of permutations(n - 1))
		for (let at = rest.length; at >= 0; at--)
			out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
	return out;
}
