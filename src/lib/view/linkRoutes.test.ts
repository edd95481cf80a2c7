import { describe, expect, it } from 'vitest';
import { routeLinks, type RouteBox, type RoutePoint } from './linkRoutes.ts';

const box = (x: number, y: number, w = 100, h = 40): RouteBox => ({
	x1: x - w / 2,
	y1: y - h / 2,
	x2: x + w / 2,
	y2: y + h / 2
});
const centre = (b: RouteBox): RoutePoint => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });

/** Does the segment a–b pass through the inside of the box? (Both are axis-aligned.) */
function crosses(a: RoutePoint, b: RoutePoint, r: RouteBox): boolean {
	const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
	const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
	return x2 > r.x1 && x1 < r.x2 && y2 > r.y1 && y1 < r.y2;
}

function legs(from: RoutePoint, points: RoutePoint[], to: RoutePoint): [RoutePoint, RoutePoint][] {
	const all = [from, ...points, to];
	return all.slice(1).map((p, k) => [all[k], p]);
}

describe('routes round the boxes', () => {
	// Three boxes in a row, 160 apart: a straight line from the first to the third would cross the
	// second.
	const boxes = { a: box(0, 0), b: box(160, 0), c: box(320, 0) };

	it('takes a link from the first box to the third round the one between, in straight runs', () => {
		const routes = routeLinks(boxes, [{ id: 'l', source: 'a', target: 'c' }]);
		const points = routes.l;
		expect(points.length).toBeGreaterThanOrEqual(2);
		for (const [p, q] of legs(centre(boxes.a), points, centre(boxes.c))) {
			expect(p.x === q.x || p.y === q.y).toBe(true);
			expect(crosses(p, q, boxes.b)).toBe(false);
		}
		// Out of the middle of a's top or bottom side, 10 units (the margin) clear of it.
		expect(points[0].x).toBe(0);
		expect(Math.abs(points[0].y)).toBe(30);
		expect(points.at(-1)!.x).toBe(320);
	});

	it('runs beside neighbours straight when nothing is in the way', () => {
		const routes = routeLinks(boxes, [{ id: 'l', source: 'a', target: 'b' }]);
		// Right out of a, straight into b: the two ports only (a at 50 + 10, b at 110 − 10).
		expect(routes.l).toEqual([
			{ x: 60, y: 0 },
			{ x: 100, y: 0 }
		]);
	});

	it('leaves out a link whose box is unknown or that loops on itself', () => {
		const routes = routeLinks(boxes, [
			{ id: 'x', source: 'a', target: 'nowhere' },
			{ id: 'y', source: 'a', target: 'a' }
		]);
		expect(routes).toEqual({});
	});

	it('routes a grid of boxes without crossing any', () => {
		const grid: Record<string, RouteBox> = {};
		for (let r = 0; r < 4; r++)
			for (let c = 0; c < 6; c++) grid[`${r}-${c}`] = box(c * 130, r * 90);
		const links = [
			{ id: 'diag', source: '0-0', target: '3-5' },
			{ id: 'across', source: '1-0', target: '1-5' },
			{ id: 'down', source: '0-2', target: '3-2' }
		];
		const routes = routeLinks(grid, links);
		for (const l of links) {
			const pts = routes[l.id];
			expect(pts, l.id).toBeDefined();
			for (const [p, q] of legs(centre(grid[l.source]), pts, centre(grid[l.target]))) {
				for (const [id, b] of Object.entries(grid)) {
					if (id === l.source || id === l.target) continue;
					expect(crosses(p, q, b), `${l.id} crosses ${id}`).toBe(false);
				}
			}
		}
	});

	it('keeps off a lane the tree already uses when another is as short', () => {
		// Two boxes side by side with a third between them: the route goes over or under the middle
		// box; with the lane above taken by line management, it goes under.
		const free = routeLinks(boxes, [{ id: 'l', source: 'a', target: 'c' }]).l;
		const above = free[0].y < 0;
		const taken = above ? -30 : 30;
		const routed = routeLinks(boxes, [{ id: 'l', source: 'a', target: 'c' }], {
			occupied: [
				[
					{ x: -100, y: taken },
					{ x: 400, y: taken }
				]
			]
		}).l;
		expect(routed[0].y).toBe(-taken);
	});
});
