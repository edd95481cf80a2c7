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
		// Each report sits 58 + 10 below the one before, the first 58 + 54 below the CEO's top.
		expect(positions.d1.y - positions.d0.y).toBe(68);
		expect(positions.d0.y - positions.ceo.y).toBe(58 / 2 + 54 + 58 / 2);
		// The block is 28 + 190 = 218 wide with the CEO centred over it (14 in from the left), so the
		// chart spans 14 to 218: 204 wide, not ten boxes.
		const left = Math.min(...Object.values(positions).map((p) => p.x - 95));
		const right = Math.max(...Object.values(positions).map((p) => p.x + 95));
		expect(right - left).toBe(204);
		// The route comes down from the CEO to the bus, across to the trunk, down to the report.
		const trunk = positions.d3.x - 95 - 14;
		expect(routes.d3).toEqual([
			{ x: positions.ceo.x, y: positions.ceo.y + 29 + 27 },
			{ x: trunk, y: positions.ceo.y + 29 + 27 },
			{ x: trunk, y: positions.d3.y }
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
		expect(positions.b.x - positions.a.x).toBe(218 + 26);
		expect(positions.ceo.x).toBeCloseTo((positions.a.x + positions.b.x) / 2);
		const bus = positions.ceo.y + 29 + 27;
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
		expect(positions.md1.y - 29).toBe(coreBottom + 120);
		const bus = positions.md1.y - 29 - 120 * 0.6;
		expect(routes.md1).toEqual([
			{ x: positions.ceo.x, y: bus },
			{ x: positions.md1.x, y: bus }
		]);
	});

	it('wraps a band wider than the maximum onto a new line', () => {
		const nodes = Array.from({ length: 6 }, (_, i) => ({ ...post(`b${i}`), isPost: false }));
		const { positions } = orgChartLayout(nodes, { maxRowWidth: 3 * 190 + 2 * 26 });
		expect(positions.b2.y).toBe(positions.b0.y);
		expect(positions.b3.y).toBe(positions.b0.y + 58 + 54);
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
