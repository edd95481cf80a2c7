import { describe, expect, it } from 'vitest';
import {
	GRAPH_CHART,
	layoutChart,
	PRINT_CHART,
	type ChartLayout,
	type ChartNode
} from './layout.ts';

// A Chief Executive over A (who manages A1 and A2) and B (who manages nobody); boxes 100 × 40.
const node = (id: string, manager?: string): ChartNode => ({
	id,
	manager,
	isPost: true,
	w: 100,
	h: 40
});
const nodes = [node('ceo'), node('a', 'ceo'), node('a1', 'a'), node('a2', 'a'), node('b', 'ceo')];

const at = (chart: ChartLayout, id: string) => {
	const b = chart.boxes.find((x) => x.id === id)!;
	return [b.x, b.y];
};
const lineTo = (chart: ChartLayout, id: string) => chart.lines.find((l) => l.report === id)!.points;

describe('layoutChart', () => {
	it('prints A’s reports hanging beneath it and centres the CEO between A and B', () => {
		const chart = layoutChart(nodes, { ...PRINT_CHART, root: 'ceo' });
		// A's block is 18 + 100 = 118 wide; B starts 12 further on, at 130. The CEO is centred
		// between their centres, (50 + 180) / 2 = 115, so its box starts at 65.
		expect(at(chart, 'ceo')).toEqual([65, 0]);
		expect(at(chart, 'a')).toEqual([0, 70]);
		expect(at(chart, 'b')).toEqual([130, 70]);
		// A1 and A2 hang 7 below A, indented 18, each 40 + 7 below the one before.
		expect(at(chart, 'a1')).toEqual([18, 117]);
		expect(at(chart, 'a2')).toEqual([18, 164]);
		// Down from the CEO to the bus halfway down the 30 gap, across, down to B.
		expect(lineTo(chart, 'b')).toEqual([
			[115, 40],
			[115, 55],
			[180, 55],
			[180, 70]
		]);
		// Straight down a spine 9 in from A's left edge, then across into A1.
		expect(lineTo(chart, 'a1')).toEqual([
			[9, 110],
			[9, 137],
			[18, 137]
		]);
		// 118 + 12 + 100 wide; 40 + 30 + (40 + 2 × 47) high.
		expect([chart.width, chart.height]).toEqual([230, 204]);
		expect(chart.unattached).toEqual([]);
	});

	it('draws the same tree for the graph with B in a column beside A, the CEO over the whole row', () => {
		const chart = layoutChart(nodes, GRAPH_CHART);
		// Row: B's column (20 + 100) and A's subtree (120: its own column), 16 apart: 256 wide,
		// centred on x = 0, so the CEO's centre is at 0.
		expect(at(chart, 'ceo')).toEqual([-50, 0]);
		expect(at(chart, 'b')).toEqual([-108, 74]);
		expect(at(chart, 'a')).toEqual([18, 74]);
		// A's column starts 40 + 34 below A, at x = 8; its boxes 20 in, 40 + 8 apart.
		expect(at(chart, 'a1')).toEqual([28, 148]);
		expect(at(chart, 'a2')).toEqual([28, 196]);
		// Down to the bus halfway down the 34 gap, across to the trunk 10 in, down, into B.
		expect(lineTo(chart, 'b')).toEqual([
			[0, 40],
			[0, 57],
			[-118, 57],
			[-118, 94],
			[-108, 94]
		]);
		expect(lineTo(chart, 'a')).toEqual([
			[0, 40],
			[0, 57],
			[68, 57],
			[68, 74]
		]);
		// From B's left edge at −108 to A1's right edge at 128; from 0 down to A2's foot at 236.
		expect([chart.width, chart.height]).toEqual([236, 236]);
	});

	it('on a screen hangs A’s reports beneath it and still stacks the CEO’s in a column', () => {
		const chart = layoutChart(nodes, { ...GRAPH_CHART, leaves: 'compact' });
		// A hangs A1 and A2 (one column under three): 20 + 100 wide, A's box at its left edge.
		// The row is B's column (120) and A's block (120), 16 apart: 256, from −128.
		expect(at(chart, 'b')).toEqual([-108, 74]);
		expect(at(chart, 'a')).toEqual([8, 74]);
		// A1 8 below A's foot, 20 in; A2 40 + 8 further down.
		expect(at(chart, 'a1')).toEqual([28, 122]);
		expect(at(chart, 'a2')).toEqual([28, 170]);
		expect([chart.width, chart.height]).toEqual([236, 210]);
	});

	it('with a root, lists the nodes its tree does not reach, in input order', () => {
		const chart = layoutChart([...nodes, node('x', 'y'), node('y', 'x'), node('z', 'gone')], {
			...PRINT_CHART,
			root: 'a'
		});
		expect(chart.boxes.map((b) => b.id)).toEqual(['a', 'a1', 'a2']);
		expect(chart.unattached).toEqual(['ceo', 'b', 'x', 'y', 'z']);
	});
});
