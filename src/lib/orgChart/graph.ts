import {
	GRAPH_CHART,
	layoutChart,
	type ChartLayout,
	type ChartNode,
	type ChartOptions,
	type Point
} from './layout.ts';
import { fitToScreen, type Screen } from './screen.ts';

/**
 * The org chart as the graph page needs it: node centres for cytoscape's preset layout, and each
 * line-management edge's bend points (between the two boxes), which the graph draws as segments and
 * the SVG export as a polyline.
 */
export interface GraphPlacement {
	/** Centre of each node. */
	positions: Record<string, Point>;
	/** Bend points of each line-management edge, keyed by the report's id; empty for a straight one. */
	routes: Record<string, Point[]>;
}

export function graphPlacement(chart: ChartLayout): GraphPlacement {
	const positions: Record<string, Point> = {};
	for (const b of chart.boxes) positions[b.id] = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
	const routes: Record<string, Point[]> = {};
	for (const l of chart.lines) {
		if (l.report === undefined) continue;
		const straight = l.points.every(([x]) => x === l.points[0][0]);
		// A line leaving its manager off-centre (a hanging column's) keeps its first point, so it
		// leaves the box where the chart says rather than on a slant from the middle
		// (just below the edge: a bend point on the box's own edge makes cytoscape drop the line).
		const from = l.manager === undefined ? undefined : positions[l.manager];
		const first = from && Math.abs(l.points[0][0] - from.x) > 0.5 ? 0 : 1;
		routes[l.report] = straight
			? []
			: l.points
					.slice(first, -1)
					.map(([x, y], k) => ({ x, y: k === 0 && first === 0 ? y + 2 : y }));
	}
	return { positions, routes };
}

let last: { key: string; placement: GraphPlacement } | undefined;

/**
 * The layout of a graph's elements: posts as trees in their group's band, other nodes in lanes
 * below them; with a `screen`, folded to fit it (see screen.ts).
 */
export function layoutGraphElements(
	nodes: readonly { data: { id: string; kind: string; parent?: string; manager?: string } }[],
	sizeOf: (kind: string) => { width: number; height: number },
	options: Partial<ChartOptions> = {},
	screen?: Screen
): GraphPlacement {
	const inputs: ChartNode[] = nodes
		.filter((n) => n.data.kind !== 'group')
		.map((n) => {
			const size = sizeOf(n.data.kind);
			return {
				id: n.data.id,
				band: n.data.parent,
				manager: n.data.manager,
				// A large structure's unit boxes sit in the line-management tree as posts do.
				isPost: n.data.kind === 'post' || n.data.kind === 'aggregate',
				w: size.width,
				h: size.height
			};
		});
	const chosen: Partial<ChartOptions> = {
		...GRAPH_CHART,
		bandOrder: ['group:core', 'group:delivery', 'group:external'],
		...options
	};
	// Switching a link type on or off redraws the same nodes: lay them out once.
	const key = JSON.stringify([inputs, chosen, screen]);
	if (last?.key !== key) {
		const chart = screen ? fitToScreen(inputs, chosen, screen).chart : layoutChart(inputs, chosen);
		last = { key, placement: graphPlacement(chart) };
	}
	return last.placement;
}

/**
 * Bend points as cytoscape's segment weights and distances, measured from the source's centre
 * towards the target's (edge-distances: node-position): each point is source + w·(target − source)
 * + d·n, where n is the unit normal (−dy, dx)/length.
 */
export function toSegments(
	source: Point,
	target: Point,
	points: readonly Point[]
): { weights: number[]; distances: number[] } {
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const len2 = dx * dx + dy * dy;
	const len = Math.sqrt(len2);
	const weights: number[] = [];
	const distances: number[] = [];
	if (len === 0) return { weights, distances };
	for (const p of points) {
		const px = p.x - source.x;
		const py = p.y - source.y;
		weights.push((px * dx + py * dy) / len2);
		distances.push((px * -dy + py * dx) / len);
	}
	return { weights, distances };
}
