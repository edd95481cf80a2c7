/**
 * Orthogonal routes for the graph's links other than line management, so they run in the gutters
 * between boxes instead of straight through them. A small connector router: the candidate lines are
 * each box's sides pushed out by a margin, its centre lines and the lanes half-way between; a link
 * leaves its source from the middle of a side, follows grid lines that no box covers, and enters its
 * target the same way. The cheapest path (length, plus a charge for each bend and for sharing a lane
 * with links already routed) is found with A*, its estimate weighted a little for speed (some
 * 40 ms for all 54 links of core-delivery-2021). Pure data in, points out: the graph draws them as
 * cytoscape segments and the tests check them without a browser.
 */
import { MinHeap } from './minHeap.ts';

export interface RouteBox {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface RoutePoint {
	x: number;
	y: number;
}

export interface LinkToRoute {
	id: string;
	source: string;
	target: string;
}

export interface RouteOptions {
	/** How far outside a box a route runs, in graph units. */
	margin?: number;
	/** What a bend costs, in graph units of length. */
	bend?: number;
	/** What running along a lane another route already uses costs, per unit of length. */
	shared?: number;
	/**
	 * Lines already drawn (line management's elbows), as polylines of straight runs: a route
	 * along one costs as if two routes used it, so links keep off the tree where they can.
	 */
	occupied?: readonly (readonly RoutePoint[])[];
}

/** Past these sizes the routes are not worth their time; such links are drawn as curves. */
export const MAX_ROUTED_BOXES = 600;
export const MAX_ROUTED_LINKS = 400;

/** Directions: right, left, down, up. */
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

/** Weighted A*: the heuristic counted more than once finds a route far sooner, nearly as short. */
const GREED = 1.2;

/**
 * The bend points of each link, from the point just outside its source to the point just outside
 * its target. A link with no route (a box missing, or walled in) is left out, to be drawn straight.
 */
export function routeLinks(
	boxes: Readonly<Record<string, RouteBox>>,
	links: readonly LinkToRoute[],
	options: RouteOptions = {}
): Record<string, RoutePoint[]> {
	const margin = options.margin ?? 10;
	const bend = options.bend ?? 40;
	const sharedCost = options.shared ?? 0.5;
	const all = Object.values(boxes);
	const out: Record<string, RoutePoint[]> = {};
	if (!all.length || all.length > MAX_ROUTED_BOXES || links.length > MAX_ROUTED_LINKS) return out;

	const xs = lanes(
		all.flatMap((b) => [b.x1 - margin, (b.x1 + b.x2) / 2, b.x2 + margin]),
		margin
	);
	const ys = lanes(
		all.flatMap((b) => [b.y1 - margin, (b.y1 + b.y2) / 2, b.y2 + margin]),
		margin
	);
	const nx = xs.length;
	const ny = ys.length;
	const cell = (i: number, j: number) => j * nx + i;

	// A grid point is blocked when it lies inside a box widened by half the margin: the lanes at a
	// full margin stay open, and a box's centre lines are closed inside it.
	const blocked = new Uint8Array(nx * ny);
	const half = margin / 2;
	for (const b of all) {
		const i1 = firstAbove(xs, b.x1 - half);
		const i2 = firstAbove(xs, b.x2 + half - 1e-9);
		const j1 = firstAbove(ys, b.y1 - half);
		const j2 = firstAbove(ys, b.y2 + half - 1e-9);
		for (let j = j1; j < j2; j++) for (let i = i1; i < i2; i++) blocked[cell(i, j)] = 1;
	}
	// How many routes already run along each step (by the cell it leaves and its axis).
	const used = new Uint16Array(nx * ny * 2);
	for (const line of options.occupied ?? []) {
		for (let k = 1; k < line.length; k++) occupy(line[k - 1], line[k]);
	}

	for (const link of links) {
		const s = boxes[link.source];
		const t = boxes[link.target];
		if (!s || !t || link.source === link.target) continue;
		const starts = ports(s, xs, ys, margin, blocked, nx);
		const ends = ports(t, xs, ys, margin, blocked, nx);
		if (!starts.length || !ends.length) continue;
		const path = search(starts, ends);
		if (!path) continue;
		for (let k = 1; k < path.length; k++) {
			const [a, b] = [path[k - 1], path[k]];
			const axis = a.j === b.j ? 0 : 1;
			const from = axis === 0 ? cell(Math.min(a.i, b.i), a.j) : cell(a.i, Math.min(a.j, b.j));
			used[from * 2 + axis]++;
		}
		out[link.id] = simplify(path.map((p) => ({ x: xs[p.i], y: ys[p.j] })));
	}
	return out;

	/** Marks the grid steps lying along a straight run (within a quarter margin of it) as used twice. */
	function occupy(a: RoutePoint, b: RoutePoint) {
		const near = margin / 4;
		if (Math.abs(a.y - b.y) < 0.5) {
			const [lo, hi] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
			for (let j = firstAbove(ys, a.y - near); j < ny && ys[j] <= a.y + near; j++)
				for (let i = firstAbove(xs, lo); i + 1 < nx && xs[i + 1] <= hi; i++)
					used[cell(i, j) * 2] += 2;
		} else if (Math.abs(a.x - b.x) < 0.5) {
			const [lo, hi] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
			for (let i = firstAbove(xs, a.x - near); i < nx && xs[i] <= a.x + near; i++)
				for (let j = firstAbove(ys, lo); j + 1 < ny && ys[j + 1] <= hi; j++)
					used[cell(i, j) * 2 + 1] += 2;
		}
	}

	function search(starts: Port[], ends: Port[]): { i: number; j: number }[] | undefined {
		const states = nx * ny * 4;
		const cost = new Float64Array(states).fill(Infinity);
		const parent = new Int32Array(states).fill(-1);
		const goalAt = new Map<number, Port>();
		for (const e of ends) goalAt.set(cell(e.i, e.j), e);
		const heap = new MinHeap();
		// The length still to go, and the bends no route can avoid: one when the end is off both
		// axes, or ahead on one axis but not the way the route is heading; and the turn into the end.
		const h = (i: number, j: number, dir: number) => {
			let best = Infinity;
			for (const e of ends) {
				const dx = e.x - xs[i];
				const dy = e.y - ys[j];
				const ahead =
					(dir === 0 && dx > 0) ||
					(dir === 1 && dx < 0) ||
					(dir === 2 && dy > 0) ||
					(dir === 3 && dy < 0);
				const aligned = Math.abs(dx) < 0.01 || Math.abs(dy) < 0.01;
				const turns = dx === 0 && dy === 0 ? 0 : aligned && ahead ? 0 : 1;
				const last = dir === (e.dir ^ 1) || turns > 0 ? 0 : 1;
				best = Math.min(best, Math.abs(dx) + Math.abs(dy) + bend * Math.min(turns + last, 1));
			}
			return best;
		};
		for (const p of starts) {
			const st = cell(p.i, p.j) * 4 + p.dir;
			if (p.cost < cost[st]) {
				cost[st] = p.cost;
				heap.push(st, p.cost + GREED * h(p.i, p.j, p.dir));
			}
		}
		let bestGoal = Infinity;
		let bestState = -1;
		while (heap.size) {
			const [st, f] = heap.pop();
			if (f >= bestGoal) break;
			const g = cost[st];
			const dir = st & 3;
			const c = st >> 2;
			const i = c % nx;
			const j = (c - i) / nx;
			const end = goalAt.get(c);
			if (end) {
				// Entering the target: its last leg runs straight in, from outside the side's middle.
				const total = g + (dir === (end.dir ^ 1) ? 0 : bend) + end.cost;
				if (total < bestGoal) [bestGoal, bestState] = [total, st];
			}
			for (let d = 0; d < 4; d++) {
				if (d === (dir ^ 1)) continue; // no doubling back
				const ni = i + DX[d];
				const nj = j + DY[d];
				if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
				const nc = cell(ni, nj);
				if (blocked[nc]) continue;
				const axis = d < 2 ? 0 : 1;
				const step = axis === 0 ? Math.abs(xs[ni] - xs[i]) : Math.abs(ys[nj] - ys[j]);
				const lane = axis === 0 ? cell(Math.min(i, ni), j) : cell(i, Math.min(j, nj));
				const ng =
					g + step * (1 + sharedCost * Math.min(used[lane * 2 + axis], 4)) + (d === dir ? 0 : bend);
				const ns = nc * 4 + d;
				if (ng < cost[ns]) {
					cost[ns] = ng;
					parent[ns] = st;
					heap.push(ns, ng + GREED * h(ni, nj, d));
				}
			}
		}
		if (bestState < 0) return undefined;
		const path: { i: number; j: number }[] = [];
		for (let st = bestState; st >= 0; st = parent[st]) {
			const c = st >> 2;
			path.push({ i: c % nx, j: Math.floor(c / nx) });
		}
		return path.reverse();
	}
}

interface Port {
	i: number;
	j: number;
	x: number;
	y: number;
	/** The direction a route leaves the box in (for an end: the one it arrives from, reversed). */
	dir: number;
	/** From the box's centre to the port. */
	cost: number;
}

/** The points just outside the middle of each side of a box that are not inside another box. */
function ports(
	b: RouteBox,
	xs: readonly number[],
	ys: readonly number[],
	margin: number,
	blocked: Uint8Array,
	nx: number
): Port[] {
	const cx = (b.x1 + b.x2) / 2;
	const cy = (b.y1 + b.y2) / 2;
	const ci = indexOf(xs, cx);
	const cj = indexOf(ys, cy);
	const candidates = [
		{ x: b.x2 + margin, y: cy, dir: 0 },
		{ x: b.x1 - margin, y: cy, dir: 1 },
		{ x: cx, y: b.y2 + margin, dir: 2 },
		{ x: cx, y: b.y1 - margin, dir: 3 }
	];
	const out: Port[] = [];
	for (const p of candidates) {
		const i = p.dir < 2 ? indexOf(xs, p.x) : ci;
		const j = p.dir < 2 ? cj : indexOf(ys, p.y);
		if (i < 0 || j < 0 || blocked[j * nx + i]) continue;
		out.push({ ...p, i, j, cost: Math.abs(p.x - cx) + Math.abs(p.y - cy) });
	}
	return out;
}

/** The sorted distinct lines, with one more half-way between any two that are far apart. */
function lanes(values: readonly number[], margin: number): number[] {
	const sorted = [...new Set(values.map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
	const out: number[] = [];
	for (let k = 0; k < sorted.length; k++) {
		if (k > 0 && sorted[k] - sorted[k - 1] > 2 * margin) out.push((sorted[k] + sorted[k - 1]) / 2);
		out.push(sorted[k]);
	}
	return out;
}

/** The index of the first value greater than or equal to v. */
function firstAbove(values: readonly number[], v: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (values[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function indexOf(values: readonly number[], v: number): number {
	const k = firstAbove(values, Math.round(v * 100) / 100 - 1e-6);
	return k < values.length && Math.abs(values[k] - v) < 0.01 ? k : -1;
}

/** Drops the points in the middle of straight runs, keeping the ends and the bends. */
function simplify(points: RoutePoint[]): RoutePoint[] {
	return points.filter((p, k) => {
		if (k === 0 || k === points.length - 1) return true;
		const a = points[k - 1];
		const b = points[k + 1];
		return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
	});
}
