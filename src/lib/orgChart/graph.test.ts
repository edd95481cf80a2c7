import { describe, expect, it } from 'vitest';
import { graphPlacement, toSegments } from './graph.ts';
import { layoutChart, type ChartNode, type ChartOptions } from './layout.ts';

/** The graph page's layout of these nodes, as centres and bend points. */
const orgChartLayout = (nodes: ChartNode[], options: Partial<ChartOptions> = {}) =>
	graphPlacement(layoutChart(nodes, options));

const post = (id: string, manager?: string, band = 'core'): ChartNode => ({
	id,
	manager,
	band,
	isPost: true,
	w: 190,
	h: 58
});

describe('the graph page’s org chart', () => {
	it('stacks ten reports who manage nobody in a column under the Chief Executive', () => {
		const nodes = [post('ceo'), ...Array.from({ length: 10 }, (_, i) => post(`d${i}`, 'ceo'))];
		const { positions, routes } = orgChartLayout(nodes);
		const xs = new Set(Array.from({ length: 10 }, (_, i) => positions[`d${i}`].x));
		expect(xs.size).toBe(1);
		// Each report sits 58 + 8 below the one before, the first 58 + 34 below the CEO's top.
		expect(positions.d1.y - positions.d0.y).toBe(66);
		expect(positions.d0.y - positions.ceo.y).toBe(58 / 2 + 34 + 58 / 2);
		// The block is 20 + 190 = 210 wide with the CEO centred over it (10 in from the left), so the
		// chart spans 10 to 210: 200 wide, not ten boxes.
		const left = Math.min(...Object.values(positions).map((p) => p.x - 95));
		const right = Math.max(...Object.values(positions).map((p) => p.x + 95));
		expect(right - left).toBe(200);
		// The route comes down from the CEO to the bus, across to the trunk, down to the report.
		const trunk = positions.d3.x - 95 - 10;
		expect(routes.d3).toEqual([
			{ x: positions.ceo.x, y: positions.ceo.y + 29 + 17 },
			{ x: trunk, y: positions.ceo.y + 29 + 17 },
			{ x: trunk, y: positions.d3.y }
		]);
	});

	it('folds the ten into columns of at most four, side by side under one bus', () => {
		const nodes = [post('ceo'), ...Array.from({ length: 10 }, (_, i) => post(`d${i}`, 'ceo'))];
		const { positions, routes } = orgChartLayout(nodes, { maxStack: 4 });
		// Three columns (ten over four, rounded up), balanced at four, four and two.
		const column = (i: number) => positions[`d${i}`].x;
		expect([column(0), column(3)]).toEqual([column(0), column(0)]);
		expect(column(4) - column(0)).toBe(210 + 16);
		expect(column(8) - column(4)).toBe(210 + 16);
		expect(positions.d4.y).toBe(positions.d0.y);
		expect(positions.d9.y - positions.d8.y).toBe(66);
		// Three columns of 210 and two gaps of 16: 662 wide, the CEO over the middle one.
		expect(positions.ceo.x).toBe(column(4) - 10);
		// Each column has its own trunk, 10 in from its left edge.
		const bus = positions.ceo.y + 29 + 17;
		expect(routes.d9).toEqual([
			{ x: positions.ceo.x, y: bus },
			{ x: column(8) - 95 - 10, y: bus },
			{ x: column(8) - 95 - 10, y: positions.d9.y }
		]);
	});

	it('sets reports who manage others side by side, the manager centred above them', () => {
		const nodes = [
			post('ceo'),
			post('a', 'ceo'),
			post('a1', 'a'),
			post('b', 'ceo'),
			post('b1', 'b')
		];
		const { positions, routes } = orgChartLayout(nodes);
		expect(positions.a.y).toBe(positions.b.y);
		expect(positions.b.x - positions.a.x).toBe(210 + 16);
		expect(positions.ceo.x).toBeCloseTo((positions.a.x + positions.b.x) / 2);
		const bus = positions.ceo.y + 29 + 17;
		expect(routes.a).toEqual([
			{ x: positions.ceo.x, y: bus },
			{ x: positions.a.x, y: bus }
		]);
	});

	it('stacks the bands: Delivery Functions below the Council Core, routed across the gap', () => {
		const nodes = [
			post('ceo'),
			post('office', 'ceo'),
			post('md1', 'ceo', 'delivery'),
			post('md2', 'ceo', 'delivery')
		];
		const { positions, routes } = orgChartLayout(nodes, { bandOrder: ['core', 'delivery'] });
		const coreBottom = positions.office.y + 29;
		expect(positions.md1.y - 29).toBe(coreBottom + 96);
		const bus = positions.md1.y - 29 - 96 * 0.6;
		expect(routes.md1).toEqual([
			{ x: positions.ceo.x, y: bus },
			{ x: positions.md1.x, y: bus }
		]);
	});

	it('keeps the line down to a later band clear of the manager’s own reports', () => {
		const nodes = [post('ceo'), post('a', 'ceo'), post('md1', 'ceo', 'delivery')];
		const { positions, routes } = orgChartLayout(nodes, { bandOrder: ['core', 'delivery'] });
		// The CEO's reports in its own band part to the left of its trunk, half the trunk gap (12)
		// from it, so the line down to the Managing Director crosses no box.
		expect(positions.ceo.x - (positions.a.x + 95)).toBe(12);
		expect(routes.md1[0].x).toBe(positions.ceo.x);
	});

	it('and the band’s later lines part either side of that line too', () => {
		const nodes = [post('ceo'), post('x'), post('md1', 'ceo', 'delivery')];
		const { positions } = orgChartLayout(nodes, {
			bandOrder: ['core', 'delivery'],
			maxRowWidth: 200
		});
		// The CEO alone on the first line, centred on 0; X on the next, ending 12 left of the line.
		expect(positions.ceo).toEqual({ x: 0, y: 29 });
		expect(positions.x).toEqual({ x: -12 - 95, y: 58 + 34 + 29 });
	});

	it('wraps a band wider than the maximum onto a new line, reached down a gutter at its left', () => {
		const nodes = [post('ceo'), ...[1, 2, 3].map((i) => post(`md${i}`, 'ceo', 'delivery'))];
		const { positions, routes } = orgChartLayout(nodes, {
			bandOrder: ['core', 'delivery'],
			maxRowWidth: 2 * 190 + 16
		});
		// The Core is the CEO alone, 58 high; the Delivery band starts 96 below, two to a line.
		expect(positions.ceo).toEqual({ x: 0, y: 29 });
		expect(positions.md1).toEqual({ x: -103, y: 58 + 96 + 29 });
		expect(positions.md2).toEqual({ x: 103, y: 58 + 96 + 29 });
		// The third starts a line 58 + 34 lower, centred.
		expect(positions.md3).toEqual({ x: 0, y: 154 + 92 + 29 });
		// Across the bus 0.6 of the gap above the band to a gutter half a gap left of the widest
		// line (396 wide, so at −206), down to halfway above its line, across, down.
		const bus = 154 - 96 * 0.6;
		expect(routes.md3).toEqual([
			{ x: 0, y: bus },
			{ x: -206, y: bus },
			{ x: -206, y: 246 - 17 },
			{ x: 0, y: 246 - 17 }
		]);
		expect(routes.md1).toEqual([
			{ x: 0, y: bus },
			{ x: -103, y: bus }
		]);
	});

	it('puts bodies in a lane of their own below the posts, no wider than the posts', () => {
		const body = (id: string) => ({ ...post(id), isPost: false, w: 170 });
		const nodes = [
			post('ceo'),
			post('a', 'ceo'),
			post('a1', 'a'),
			post('b', 'ceo'),
			post('b1', 'b'),
			body('x1'),
			body('x2'),
			body('x3')
		];
		const { positions } = orgChartLayout(nodes);
		// The tree is two subtrees of 210, 16 apart: 436 wide, 58 + 34 + 58 + 34 + 58 = 242 high.
		// Two bodies fit in 436 (170 + 16 + 170), so the third goes on a second row, 58 + 17 lower.
		expect(positions.x1).toEqual({ x: -93, y: 242 + 34 + 29 });
		expect(positions.x2).toEqual({ x: 93, y: 242 + 34 + 29 });
		expect(positions.x3).toEqual({ x: 0, y: 242 + 34 + 58 + 17 + 29 });
	});

	it('or beside them, in columns as tall as the posts', () => {
		const body = (id: string) => ({ ...post(id, undefined, 'external'), isPost: false, w: 170 });
		const nodes = [
			post('ceo'),
			post('a', 'ceo'),
			post('a1', 'a'),
			post('b', 'ceo'),
			post('b1', 'b'),
			...[1, 2, 3, 4].map((i) => body(`x${i}`))
		];
		const { positions } = orgChartLayout(nodes, { lanes: 'beside' });
		// The posts end at x = 218; the lane starts a band's gap (96) to the right. Three bodies
		// (58 high, 17 apart) fit in the posts' 242: floor((242 + 17) / 75) = 3 to a column.
		expect(positions.x1).toEqual({ x: 218 + 96 + 85, y: 29 });
		expect(positions.x3).toEqual({ x: 218 + 96 + 85, y: 2 * 75 + 29 });
		expect(positions.x4).toEqual({ x: 218 + 96 + 170 + 16 + 85, y: 29 });
	});

	it('places every node even when a manager is missing', () => {
		const { positions, routes } = orgChartLayout([post('a', 'nobody'), post('b', 'a')]);
		expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
		expect(routes.a).toBeUndefined();
	});
});

describe('toSegments', () => {
	it('gives weights along and distances across the line between centres', () => {
		const s = { x: 0, y: 0 };
		const t = { x: 100, y: 100 };
		const points = [
			{ x: 0, y: 50 },
			{ x: 100, y: 50 }
		];
		const { weights, distances } = toSegments(s, t, points);
		// Rebuild each point as s + w·(t − s) + d·n with n = (−dy, dx)/|t − s|.
		const n = { x: -100 / Math.SQRT2 / 100, y: 100 / Math.SQRT2 / 100 };
		points.forEach((p, i) => {
			expect(s.x + weights[i] * 100 + distances[i] * n.x).toBeCloseTo(p.x);
			expect(s.y + weights[i] * 100 + distances[i] * n.y).toBeCloseTo(p.y);
		});
		expect(weights[0]).toBeCloseTo(0.25);
	});
});
