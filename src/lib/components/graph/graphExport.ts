import type { Core } from 'cytoscape';
import type { NodeBox } from '$lib/view/svg';

/** The drawing for the downloads: as a picture, and as boxes for the SVG export to draw again. */

/** The drawing as a PNG of the whole graph (not just the view), at twice screen scale. */
export function graphPng(cy: Core | undefined): Promise<Blob> {
	if (!cy) return Promise.reject(new Error('The graph has not been drawn yet.'));
	return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
}

/** Every node's box in graph coordinates, for the SVG export. */
export function nodeBoxes(cy: Core | undefined): Record<string, NodeBox> {
	const out: Record<string, NodeBox> = {};
	cy?.nodes().forEach((n) => {
		const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
		out[n.id()] = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, w: bb.w, h: bb.h };
	});
	return out;
}
