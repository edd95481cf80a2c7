import { describe, expect, it } from 'vitest';
import { GRAPH_CHART, type ChartNode } from './layout.ts';
import { fitToScreen, readableView } from './screen.ts';

const post = (id: string, manager?: string): ChartNode => ({
	id,
	manager,
	isPost: true,
	w: 190,
	h: 58
});
// A Chief Executive with ten reports who manage nobody.
const nodes = [post('ceo'), ...Array.from({ length: 10 }, (_, i) => post(`d${i}`, 'ceo'))];

describe('fitToScreen', () => {
	it('on a wide, low screen folds the ten into the columns that fit it largest', () => {
		const fit = fitToScreen(nodes, GRAPH_CHART, {
			width: 2000,
			height: 400,
			readableZoom: 1,
			padding: 24,
			frame: 0
		});
		// 352 high to fill. One column is 58 + 34 + 10 × 58 + 9 × 8 = 744 high; columns of six
		// (5 + 5) 414; of four (4, 4, 2) 348; of three (3, 3, 3, 1) 58 + 34 + 3 × 58 + 2 × 8 = 282,
		// four columns of 210 and three gaps of 16 = 888, less the first trunk's 20 before the
		// boxes: the largest fit, 352 / 282.
		expect(fit.options.maxStack).toBe(3);
		expect([fit.chart.width, fit.chart.height]).toEqual([888 - 20, 282]);
		expect(fit.fitZoom).toBeCloseTo(352 / 282);
		expect(fit.screens).toBe(1);
	});

	it('on a tall, narrow screen keeps the one column', () => {
		const fit = fitToScreen(nodes, GRAPH_CHART, {
			width: 400,
			height: 1000,
			readableZoom: 1,
			padding: 24,
			frame: 0
		});
		// One column: 200 wide, 744 high, fitting at min(352 / 200, 952 / 744) = 1.28.
		expect(fit.options.maxStack).toBe(Infinity);
		expect(fit.fitZoom).toBeCloseTo(952 / 744);
	});

	it('when nothing fits at a readable size, needs the fewest screenfuls, sideways counted twice', () => {
		const fit = fitToScreen(nodes, GRAPH_CHART, {
			width: 448,
			height: 200,
			readableZoom: 1,
			padding: 24,
			frame: 0
		});
		// 400 × 152 to fill at zoom 1. One column: 200 wide, 744 high: 744 / 152 = 4.9 screens.
		// Columns of six: 210 + 16 + 210 − 20 = 416 wide, 414 high: (416 / 400)² × 414 / 152 = 2.9;
		// of four: 642 wide, 348 high: (642 / 400)² × 348 / 152 = 5.9. Six it is.
		expect(fit.options.maxStack).toBe(6);
		expect(fit.screens).toBeCloseTo((416 / 400) ** 2 * (414 / 152));
	});
});

describe('readableView', () => {
	const screen = { width: 1000, height: 500, readableZoom: 1, padding: 20 };

	it('fits a drawing whole when its labels stay readable', () => {
		// 960 × 460 to fill: min(960 / 400, 460 / 200) = 2.3, centred.
		const view = readableView({ x1: 0, y1: 0, x2: 400, y2: 200 }, 0, screen);
		expect(view).toEqual({
			zoom: 2.3,
			pan: { x: 500 - 200 * 2.3, y: 250 - 100 * 2.3 },
			whole: true
		});
	});

	it('else shows its top at the readable zoom, centred on the top post as far as the sides allow', () => {
		const bounds = { x1: 0, y1: -50, x2: 2000, y2: 1000 };
		// The fit would be 960 / 2000 = 0.48: too small, so zoom 1, the top edge 20 from the top.
		expect(readableView(bounds, 1000, screen)).toEqual({
			zoom: 1,
			pan: { x: 500 - 1000, y: 20 + 50 },
			whole: false
		});
		// A top post near the left edge: the view stops at the edge (480 = half the width in view).
		expect(readableView(bounds, 100, screen).pan.x).toBe(500 - 480);
	});
});
