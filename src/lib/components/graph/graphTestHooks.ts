import type { Core, EdgeSingular } from 'cytoscape';
import { inView } from './graphView';

/**
 * For browser tests and the render benchmark, on the canvas element: where a node is drawn, in CSS
 * pixels from the canvas's top-left corner (so a test can press the mouse on it and drag), label
 * sizes, the zoom and pan, and which edges are drawn, emphasised and faded.
 */
export function exposeForTests(container: HTMLElement, instance: Core) {
	Object.assign(container, {
		nodeBox(id: string) {
			const n = instance.getElementById(id);
			if (n.empty()) return undefined;
			const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
			return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, w: bb.w, h: bb.h };
		},
		/** The size a node's label is drawn at on screen, in CSS pixels. */
		labelPx(id: string) {
			const n = instance.getElementById(id);
			if (n.empty()) return undefined;
			return parseFloat(String(n.style('font-size'))) * instance.zoom();
		},
		labelOf: (id: string) => instance.getElementById(id).data('label') as string | undefined,
		isHighlighted: (id: string) => instance.getElementById(id).hasClass('highlight'),
		/** Edges drawn (not switched off), emphasised (the selection's) and faded. */
		edgeCounts: () => {
			const drawn = instance.edges().filter((e) => e.visible());
			return {
				drawn: drawn.length,
				emphasised: drawn.filter('.highlight').length,
				faded: drawn.filter('.faded').length
			};
		},
		/** The bend points an edge is drawn through, in graph coordinates. */
		edgePoints: (id: string) => {
			const e = instance.getElementById(id);
			return e.nonempty() && e.isEdge() ? (e.segmentPoints() ?? []) : undefined;
		},
		inView: (id: string) => {
			const n = instance.getElementById(id);
			return n.nonempty() && n.isNode() && inView(instance, n);
		},
		pan: () => instance.pan(),
		/** Each node's label size on screen (CSS pixels) and whether its box is in view. */
		labels: () =>
			instance.nodes().map((n) => ({
				id: n.id(),
				px: parseFloat(String(n.style('font-size'))) * instance.zoom(),
				inView: inView(instance, n)
			})),
		/** The reports a node's drawn line-management links go to. */
		lineReports: (id: string) =>
			instance
				.edges('.line-management')
				.filter((e: EdgeSingular) => e.source().id() === id)
				.map((e: EdgeSingular) => e.target().id()),
		/** The post marked as where a dragged post would land. */
		dropTarget: () => instance.nodes('.drop-target').first().id() as string | undefined,
		zoom: () => instance.zoom(),
		drawnNodes: () => instance.nodes().map((n) => n.id()),
		elementCount: () => instance.elements().length
	});
}
