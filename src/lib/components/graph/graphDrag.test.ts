import { describe, expect, it } from 'vitest';
import { EDGE_ZONE, edgePan } from './graphDrag.ts';

describe('the view pans while a post is dragged near the edge', () => {
	it('stays still in the middle of the box and at the zone’s inner edge', () => {
		expect(edgePan(400, 300, 800, 600)).toEqual({ x: 0, y: 0 });
		expect(edgePan(EDGE_ZONE, 300, 800, 600)).toEqual({ x: 0, y: 0 });
	});

	it('pans towards the edge the pointer is near, fastest at the edge itself', () => {
		// At the left edge the drawing moves right (what lay left comes into view): 14 px a frame.
		expect(edgePan(0, 300, 800, 600)).toEqual({ x: 14, y: 0 });
		// Half-way into the bottom zone: half speed, the drawing moving up.
		expect(edgePan(400, 600 - EDGE_ZONE / 2, 800, 600)).toEqual({ x: 0, y: -7 });
		// In a corner, both ways.
		expect(edgePan(800, 0, 800, 600)).toEqual({ x: -14, y: 14 });
	});
});
