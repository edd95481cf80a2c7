import { layoutChart, type ChartLayout, type ChartNode, type ChartOptions } from './layout.ts';

/**
 * The one layout, folded for the screen it is drawn on. A chart is only readable at fit if its
 * labels are drawn at a readable size, so of a few foldings of the same tree (wide spans wrapped
 * into rows, long columns of reports stacked side by side, bands wrapped) the one that fits the
 * container's shape best is kept: the whole chart at the largest zoom when it fits at a readable
 * size, otherwise the one needing the fewest screenfuls of panning at that size.
 */
export interface Screen {
	/** The container, in CSS pixels. */
	width: number;
	height: number;
	/** The smallest zoom at which labels read (12 px on screen over the label's font size). */
	readableZoom: number;
	/** Kept clear round the drawing when fitted, in CSS pixels. */
	padding: number;
	/** Drawn round the chart's boxes (the bands' frames and titles), in graph units each side. */
	frame: number;
}

export interface ScreenFit {
	chart: ChartLayout;
	/** The folding chosen, over the options given. */
	options: Partial<ChartOptions>;
	/** The zoom at which the whole chart fits the screen. */
	fitZoom: number;
	/**
	 * Screenfuls at the zoom it is shown at (the fit, or the readable zoom if larger), the sideways
	 * ones counted twice: 1 = no panning.
	 */
	screens: number;
}

/** The foldings tried, plainest first (a plainer one is kept when another is no better). */
export function foldings(screen: Screen): Partial<ChartOptions>[] {
	// A line of trees as wide as the screen at a readable size, in graph units.
	const screenWidth = Math.max(400, (screen.width - 2 * screen.padding) / screen.readableZoom);
	const out: Partial<ChartOptions>[] = [];
	for (const maxRowWidth of [Infinity, Math.round(screenWidth)])
		for (const maxPerRow of [Infinity, 4])
			for (const maxStack of [Infinity, 6, 4, 3])
				for (const lanes of ['below', 'beside'] as const)
					out.push({ leaves: 'compact', maxRowWidth, maxPerRow, maxStack, lanes });
	return out;
}

/** How well a chart fits the screen. */
export function measureFit(
	chart: ChartLayout,
	screen: Screen
): { fitZoom: number; screens: number } {
	const w = chart.width + 2 * screen.frame;
	const h = chart.height + 2 * screen.frame;
	const availW = Math.max(1, screen.width - 2 * screen.padding);
	const availH = Math.max(1, screen.height - 2 * screen.padding);
	const fitZoom = Math.min(availW / w, availH / h);
	const zoom = Math.max(fitZoom, screen.readableZoom);
	// Panning sideways counts double: a chart as wide as the screen keeps its whole span in view.
	const screens = Math.max(1, (w * zoom) / availW) ** 2 * Math.max(1, (h * zoom) / availH);
	return { fitZoom, screens };
}

/** The folding of the chart that best fits the screen (see above); ties go to the plainer. */
export function fitToScreen(
	nodes: readonly ChartNode[],
	options: Partial<ChartOptions>,
	screen: Screen
): ScreenFit {
	let best: ScreenFit | undefined;
	for (const folding of foldings(screen)) {
		const chosen = { ...options, ...folding };
		const chart = layoutChart(nodes, chosen);
		const fit = { chart, options: chosen, ...measureFit(chart, screen) };
		if (!best || better(fit, best)) best = fit;
	}
	return best!;
}

// Fewer screenfuls first; then, both fitting, the larger zoom; each by more than 2 %.
function better(a: ScreenFit, b: ScreenFit): boolean {
	if (a.screens < b.screens / 1.02) return true;
	if (a.screens > b.screens * 1.02) return false;
	return a.fitZoom > b.fitZoom * 1.02;
}

/** A drawing's extent in graph units (cytoscape's bounding box). */
export interface Bounds {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * Where the view starts: the whole drawing fitted, unless that would draw labels below a readable
 * size; then at the readable zoom, its top edge at the top of the screen, centred on the whole
 * width if that fits or else on `anchorX` (the top post) as far as the sides allow, and the rest
 * reached by panning.
 */
export function readableView(
	bounds: Bounds,
	anchorX: number,
	screen: Pick<Screen, 'width' | 'height' | 'readableZoom' | 'padding'>
): { zoom: number; pan: { x: number; y: number }; whole: boolean } {
	const w = Math.max(1, bounds.x2 - bounds.x1);
	const h = Math.max(1, bounds.y2 - bounds.y1);
	const availW = Math.max(1, screen.width - 2 * screen.padding);
	const availH = Math.max(1, screen.height - 2 * screen.padding);
	const fit = Math.min(availW / w, availH / h);
	const zoom = Math.max(fit, screen.readableZoom);
	const whole = zoom === fit;
	// Centred on the top post, but with no empty margin beyond the drawing's sides.
	const half = availW / 2 / zoom;
	const centreX =
		whole || w * zoom <= availW
			? (bounds.x1 + bounds.x2) / 2
			: Math.min(Math.max(anchorX, bounds.x1 + half), bounds.x2 - half);
	const y = whole
		? screen.height / 2 - ((bounds.y1 + bounds.y2) / 2) * zoom
		: screen.padding - bounds.y1 * zoom;
	return { zoom, pan: { x: screen.width / 2 - centreX * zoom, y }, whole };
}
