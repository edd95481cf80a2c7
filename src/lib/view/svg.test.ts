import { describe, expect, it } from 'vitest';
import { toGraphElements } from './graphElements.ts';
import { clip, toSvg, type NodeBox } from './svg.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';

function gridPositions(ids: string[]): Record<string, NodeBox> {
	const out: Record<string, NodeBox> = {};
	ids.forEach(
		(id, i) => (out[id] = { x: (i % 4) * 250, y: Math.floor(i / 4) * 120, w: 190, h: 58 })
	);
	return out;
}

describe('toSvg', () => {
	const elements = toGraphElements(mappingFixture());
	const leaf = elements.nodes.filter((n) => n.data.kind !== 'group').map((n) => n.data.id);
	const positions = {
		...gridPositions(leaf),
		'group:core': { x: 300, y: 60, w: 900, h: 300 }
	};

	it('draws one shape per positioned node and a line per edge between positioned nodes', () => {
		const svg = toSvg(elements, positions);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.match(/<g class="node post/g)).toHaveLength(5);
		expect(svg.match(/<g class="node unit/g)).toHaveLength(1);
		expect(svg.match(/<ellipse /g)).toHaveLength(1); // Cabinet
		// 4 line-management edges + assures, commissions, member-interface, supports
		expect(svg.match(/<line class="edge /g)).toHaveLength(8);
		// Groups without a position (delivery, external) are left out; core is drawn.
		expect(svg.match(/<g class="group /g)).toHaveLength(1);
	});

	it('styles each link type as on screen: dash pattern and arrowhead marker', () => {
		const svg = toSvg(elements, positions);
		expect(svg).toMatch(
			/class="edge assures"[^>]*stroke-dasharray="1 3"[^>]*marker-end="url\(#arrow-assures\)"/
		);
		expect(svg).toMatch(/class="edge line-management"[^>]*stroke-width="3"/);
		expect(svg).not.toMatch(/class="edge line-management"[^>]*marker-end/);
		expect(svg).toContain('<marker id="arrow-commissions"');
	});

	it('adds a legend naming each link type drawn', () => {
		const svg = toSvg(elements, positions);
		expect(svg).toContain('Assures: fine dots, square head');
		expect(svg).toContain('Line management: thick solid line, no arrowhead');
		expect(svg).not.toContain('Dotted line:');
	});

	it('escapes text and marks a deleted post with its word and a dashed border', () => {
		const svg = toSvg(elements, positions, { title: 'A & B' });
		expect(svg).toContain('<title>A &amp; B</title>');
		expect(svg).toContain('&lt;Place&gt;');
		expect(svg).not.toContain('<Place>');
		expect(svg).toMatch(
			/<g class="node post deleted" data-id="old-post"><rect[^>]*stroke-dasharray="8 4"/
		);
		expect(svg).toContain('>DELETED ·');
	});

	it('leaves out edges whose ends have no position', () => {
		const svg = toSvg(elements, { ceo: { x: 0, y: 0, w: 190, h: 58 } });
		expect(svg).not.toContain('<line class="edge');
	});

	it('sets the viewBox round every box with padding', () => {
		const svg = toSvg(elements, { ceo: { x: 100, y: 50, w: 200, h: 60 } }, { padding: 10 });
		// box spans x 0..200, y 20..80; the origin is included, so 0..200 × 0..80, padded by 10
		expect(svg).toContain('viewBox="-10 -10 220 100"');
	});
});

describe('toSvg routes', () => {
	it('draws a routed line-management edge as a polyline through its bends', () => {
		const elements = toGraphElements(mappingFixture(), { linkTypes: ['line-management'] });
		const positions = {
			ceo: { x: 0, y: 0, w: 190, h: 58 },
			dcm: { x: 300, y: 200, w: 190, h: 58 }
		};
		const svg = toSvg(elements, positions, {
			routes: {
				dcm: [
					{ x: 0, y: 100 },
					{ x: 300, y: 100 }
				]
			}
		});
		// From the CEO's bottom edge, down to the bus, across, and down into the DCM's top edge.
		expect(svg).toContain(
			'<polyline class="edge line-management" points="0,29 0,100 300,100 300,171"'
		);
	});
});

describe('clip', () => {
	it('meets the box edge on the line to the target', () => {
		const box = { x: 0, y: 0, w: 100, h: 50 };
		expect(clip(box, 0, 200)).toEqual([0, 25]);
		expect(clip(box, 300, 0)).toEqual([50, 0]);
		expect(clip(box, 100, 100)).toEqual([25, 25]);
	});
});
