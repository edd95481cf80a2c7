import type { Core, EdgeCollection, EdgeSingular } from 'cytoscape';
import { toSegments, type GraphPlacement } from '$lib/orgChart/graph';
import type { Point } from '$lib/orgChart/layout';
import { routeLinks, type RouteBox } from '$lib/view/linkRoutes';

/**
 * How the graph's edges are drawn: line management along the org chart's elbows (from the
 * layout), every other link along an orthogonal route round the boxes (from linkRoutes), both as
 * cytoscape segments. An edge with no route is drawn as a curve.
 */

function drawThrough(edge: EdgeSingular, points: readonly Point[] | undefined, fallback: string) {
	drawSegments(edge, edge.source().position(), edge.target().position(), points, fallback);
}

/** The edge bent through `points` between s and t, or drawn in the fallback style without them. */
function drawSegments(
	edge: EdgeSingular,
	s: Point | undefined,
	t: Point | undefined,
	points: readonly Point[] | undefined,
	fallback: string
) {
	if (!points || !points.length || !s || !t) {
		edge.style({ 'curve-style': fallback });
		return;
	}
	const { weights, distances } = toSegments(s, t, points);
	edge.style({
		'curve-style': 'segments',
		'edge-distances': 'node-position',
		'segment-weights': weights,
		'segment-distances': distances
	});
}

/** A line-management edge along the layout's route (its report's), from the layout's positions. */
export function routeLine(edge: EdgeSingular, placed: GraphPlacement) {
	const target = edge.target().id();
	drawSegments(
		edge,
		placed.positions[edge.source().id()],
		placed.positions[target],
		placed.routes[target],
		'straight'
	);
}

/**
 * Routes links other than line management round the boxes as drawn now, keeping off the tree's
 * elbows where it can; returns the routes.
 */
export function routeOtherLinks(
	cy: Core,
	placed: GraphPlacement,
	edges: EdgeCollection
): Record<string, Point[]> {
	const boxes: Record<string, RouteBox> = {};
	cy.nodes().forEach((n) => {
		if (n.isParent()) return;
		const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
		boxes[n.id()] = { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
	});
	const occupied: Point[][] = [];
	cy.edges('.line-management').forEach((e) => {
		const s = placed.positions[e.source().id()];
		const t = placed.positions[e.target().id()];
		const bends = placed.routes[e.target().id()] ?? [];
		if (s && t) occupied.push([s, ...bends, t]);
	});
	const routes = routeLinks(
		boxes,
		edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
		{ occupied }
	);
	cy.batch(() => edges.forEach((e) => drawThrough(e, routes[e.id()], 'bezier')));
	return routes;
}

/** Puts an edge back on its route, after a drag drew it straight. */
export function restoreRoute(
	edge: EdgeSingular,
	placed: GraphPlacement,
	routes: Readonly<Record<string, Point[]>>
) {
	if (edge.hasClass('line-management')) routeLine(edge, placed);
	else drawThrough(edge, routes[edge.id()], 'bezier');
}

/**
 * The routes of the drawn links other than line management, as last made: made again only when
 * the links drawn change, or after `forget` (the drawing changed).
 */
export class OtherLinkRoutes {
	routes: Record<string, Point[]> = {};
	/** The links the routes were made for. */
	private routedFor = '';

	forget() {
		this.routedFor = '';
	}

	/**
	 * Routes the links drawn, read from the classes just set (a style is brought up to date only
	 * when next drawn).
	 */
	update(cy: Core, placed: GraphPlacement) {
		const shown = cy
			.edges()
			.not('.line-management')
			.filter((e) => !e.hasClass('off') || e.hasClass('highlight'));
		const key = shown.map((e) => e.id()).join(' ');
		if (key === this.routedFor) return;
		this.routedFor = key;
		this.routes = routeOtherLinks(cy, placed, shown);
	}
}
