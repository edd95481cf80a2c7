import type { Structure } from '$lib/model/types';
import { ROLE_ABBREVIATIONS } from '$lib/orgChart/postChart';
import { layoutChart, PRINT_CHART, type ChartNode, type ChartOptions } from '$lib/orgChart/layout';
import { wrapText } from '$lib/orgChart/text';
import { formatNumber } from '$lib/words';
import { reportsWords } from './postCards';
import type { SlideChart, SlideChartBox } from './types';

/**
 * Which posts a slide's chart shows, and where: the top tiers of a structure, as deep as fit the
 * slide's chart area with every label at the deck's body size, placed by the one org-chart layout
 * (`layoutChart`, as the JNC report's charts are). Posts left out are counted in the box of the
 * post they sit under ("+5 posts"), so nothing disappears without a word.
 *
 * One chart unit is one unit of the 1920×1080 slide (--u), so at full size (scale 1) a box's
 * 28-unit text is as large as the deck's body text: 28 px at 1920×1080, about 19 px at 1280×720.
 */

export const CHART_BOX = { width: 400, height: 148 } as const;
export const CHART_TEXT = {
	size: 28,
	/** Baseline to baseline. */
	line: 31,
	/**
	 * Characters a line of the box holds, bold titles and the regular detail: the built-in titles
	 * measure 13 to 16 units a character in bold at 28, and a box has 372 units inside its padding.
	 * The browser tests measure every drawn line against its box.
	 */
	titleChars: 24,
	detailChars: 26,
	titleLines: 3,
	/** Title and detail lines together. */
	lines: 4
} as const;

/** Margin round the boxes inside the drawing, for line ends, borders and the stacked cards. */
export const CHART_PAD = 10;

/** The printed chart's layout with gaps in proportion to the deck's large boxes. */
const DECK_CHART: ChartOptions = {
	...PRINT_CHART,
	hGap: 20,
	layerGap: 44,
	stackGap: 10,
	indent: 32,
	trunkGap: 48
};
/** Reports side by side before they wrap, widest first. */
const PER_ROW = [6, 5, 4, 3, 2];

/** A box's size and how many lines of text it holds. */
interface BoxSize {
	width: number;
	height: number;
	titleLines: number;
	lines: number;
	titleChars: number;
	detailChars: number;
}
const FULL_BOX: BoxSize = {
	...CHART_BOX,
	titleLines: CHART_TEXT.titleLines,
	lines: CHART_TEXT.lines,
	titleChars: CHART_TEXT.titleChars,
	detailChars: CHART_TEXT.detailChars
};
/**
 * The what-if's smaller box: the same 28-unit text, two lines of title and one of detail (34 to
 * the first baseline, 31 to the second, 29 to the detail, 14 under it), 360 wide, so 21 characters
 * of bold title a line (332 units inside the padding).
 */
export const COMPACT_BOX: BoxSize = {
	width: 360,
	height: 108,
	titleLines: 2,
	lines: 3,
	titleChars: 21,
	detailChars: 24
};

/**
 * How the reports may be folded: rows split either side of a trunk; then (compact) columns of
 * reports that manage nobody, the manager centred over them all rather than over the first.
 */
const ROWS: Partial<ChartOptions>[] = PER_ROW.map((maxPerRow) => ({ maxPerRow }));
const COLUMNS: Partial<ChartOptions>[] = [5, 4, 3].map((maxStack) => ({
	leaves: 'column',
	maxStack,
	centre: 'row'
}));

/**
 * Chart areas on the slide, in slide units. The slide body is 1792 × 844 (1920 × 1080 less the
 * padding and the title with its subtitle); each is what is left beside or under the other parts.
 */
export const CHART_AREAS = {
	/** The whole body under one line of figures (the old structure). */
	full: { width: 1792, height: 750 },
	/** Beside a figure tile 420 wide (the Council Core). */
	besideTile: { width: 1336, height: 844 },
	/** Beside the list of services (the Delivery Functions). */
	besideList: { width: 930, height: 844 },
	/**
	 * Under the what-if figures (the subtitle beside the title), leaving room for a figure's change
	 * to take a second line, and beside the move forms (400 at the least).
	 */
	whatIf: { width: 1360, height: 640 }
} as const;

export interface ChartScope {
	area: { width: number; height: number };
	/** Deepest tier to try, the Chief Executive being tier 1. */
	tiers: number;
	/** Besides the Chief Executive, only these posts may be drawn (a post left out stops its branch). */
	only?: ReadonlySet<string>;
	/** Words to put first on a post's detail line ("12 services"). */
	details?: Readonly<Record<string, string>>;
	/**
	 * Before shrinking, also try the reports stacked in columns, and boxes of three lines
	 * (COMPACT_BOX): the what-if's chart, where the boxes are what the room drags.
	 */
	compact?: boolean;
}

/** Live direct reports of each post, in structure order with the office first. */
export function reportsByManager(s: Structure): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const live = [...s.posts.values()].filter((p) => p.status !== 'deleted');
	for (const p of live.sort((a, b) => Number(!!b.office) - Number(!!a.office))) {
		if (!p.reportsTo || p.id === s.ceo) continue;
		const list = out.get(p.reportsTo) ?? [];
		list.push(p.id);
		out.set(p.reportsTo, list);
	}
	return out;
}

/** The posts a chart of `tiers` tiers shows, from the Chief Executive down, tier by tier. */
export function postsShown(
	s: Structure,
	tiers: number,
	only?: ReadonlySet<string>,
	reports = reportsByManager(s)
): string[] {
	if (!s.posts.get(s.ceo)) return [];
	const shown = [s.ceo];
	const seen = new Set(shown);
	let tier = [s.ceo];
	for (let t = 2; t <= tiers && tier.length; t++) {
		const next: string[] = [];
		for (const m of tier)
			for (const r of reports.get(m) ?? [])
				if (!seen.has(r) && (!only || only.has(r))) {
					seen.add(r);
					next.push(r);
				}
		shown.push(...next);
		tier = next;
	}
	return shown;
}

/** Live posts anywhere below each post (a cycle counts each post once). */
function countBelow(id: string, reports: Map<string, string[]>, memo: Map<string, number>): number {
	const known = memo.get(id);
	if (known !== undefined) return known;
	memo.set(id, 0);
	let n = 0;
	for (const r of reports.get(id) ?? []) n += 1 + countBelow(r, reports, memo);
	memo.set(id, n);
	return n;
}

const postsWord = (n: number) => `+${formatNumber(n)} post${n === 1 ? '' : 's'}`;

export function slideChart(s: Structure, scope: ChartScope): SlideChart {
	const reports = reportsByManager(s);
	const sizes = scope.compact ? [FULL_BOX, COMPACT_BOX] : [FULL_BOX];
	const folds = scope.compact ? [...ROWS, ...COLUMNS] : ROWS;
	let best: Fitted | undefined;
	// The most tiers that fit at full size; failing that, whatever shrinks least.
	for (let tiers = Math.max(1, scope.tiers); tiers >= Math.min(2, scope.tiers); tiers--) {
		const shown = postsShown(s, tiers, scope.only, reports);
		const shownSet = new Set(shown);
		const nodes: ChartNode[] = shown.map((id) => ({
			id,
			manager: shownSet.has(s.posts.get(id)!.reportsTo ?? '')
				? s.posts.get(id)!.reportsTo
				: undefined,
			isPost: true,
			w: CHART_BOX.width,
			h: CHART_BOX.height
		}));
		for (const size of sizes) {
			const sized = nodes.map((n) => ({ ...n, w: size.width, h: size.height }));
			for (const fold of folds) {
				const layout = layoutChart(sized, { ...DECK_CHART, ...fold, root: s.ceo });
				const scale = Math.min(
					1,
					scope.area.width / (layout.width + CHART_PAD * 2),
					scope.area.height / (layout.height + CHART_PAD * 2)
				);
				if (!best || scale > best.scale) best = { shown, layout, scale, size };
				if (scale === 1) return build(s, scope, reports, best);
			}
		}
	}
	if (!best) return { width: 0, height: 0, scale: 1, boxes: [], lines: [], label: '' };
	return build(s, scope, reports, best);
}

interface Fitted {
	shown: string[];
	layout: ReturnType<typeof layoutChart>;
	scale: number;
	size: BoxSize;
}

function build(
	s: Structure,
	scope: ChartScope,
	reports: Map<string, string[]>,
	{ shown, layout, scale, size }: Fitted
): SlideChart {
	const shownSet = new Set(shown);
	const below = new Map<string, number>();
	const shownBelow = (id: string): number =>
		(reports.get(id) ?? [])
			.filter((r) => shownSet.has(r))
			.reduce((n, r) => n + 1 + shownBelow(r), 0);
	const boxes: SlideChartBox[] = layout.boxes.map((b) => {
		const post = s.posts.get(b.id)!;
		const top = b.id === s.ceo;
		const folded = countBelow(b.id, reports, below) - shownBelow(b.id);
		const roles = post.statutoryRoles.map((r) => ROLE_ABBREVIATIONS[r]).join(', ');
		const words = top
			? [
					reportsWords((reports.get(b.id) ?? []).filter((r) => !s.posts.get(r)!.office).length),
					roles
				]
			: [
					post.office ? 'Chief Executive’s office' : '',
					scope.details?.[b.id] ?? '',
					folded ? postsWord(folded) : '',
					roles
				];
		const titleLines = wrapText(post.title, size.titleChars, size.titleLines);
		const detail = words.filter(Boolean).join(' · ');
		return {
			postId: b.id,
			x: b.x,
			y: b.y,
			width: b.width,
			height: b.height,
			title: post.title,
			titleLines,
			detail,
			detailLines: wrapText(detail, size.detailChars, size.lines - titleLines.length),
			office: !!post.office,
			top,
			folded
		};
	});
	const total = countBelow(s.ceo, reports, below) + 1;
	return {
		width: layout.width,
		height: layout.height,
		scale,
		boxes,
		lines: layout.lines.map((l) => ({
			id: l.id,
			...(l.manager ? { manager: l.manager } : {}),
			...(l.report ? { report: l.report } : {}),
			office: !!(l.report && s.posts.get(l.report)?.office),
			points: l.points
		})),
		label:
			`Organisation chart of ${s.name}: ${formatNumber(shown.length)} of ${formatNumber(total)} posts drawn` +
			(shown.length < total ? ', the rest counted in the box of the post they sit under' : '')
	};
}
