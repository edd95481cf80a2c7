import type { Core, NodeSingular } from 'cytoscape';
import { readableView } from '$lib/orgChart/screen';

/**
 * Fitting the drawing: a new drawing opens at a readable size (the layout's readableView), its top
 * in view, and "Fit all" shows everything however small. The container's size is watched so the
 * layout can be folded to its shape.
 */

/** Kept clear round the drawing when it is fitted, in CSS pixels. */
export const FIT_PADDING = 24;

/**
 * Fits the focus nodes (all when none); if that leaves labels under `readableZoom`, shows their
 * top at a readable zoom instead. A large structure's small unit is not blown up past 1.25.
 * Answers whether part of the drawing is left out of view.
 */
export function fitReadable(
	cy: Core,
	options: { focus?: readonly string[]; readableZoom: number; large: boolean }
): boolean {
	const ids = new Set(options.focus ?? []);
	const focused = ids.size ? cy.nodes().filter((n) => ids.has(n.id())) : undefined;
	const eles = focused && focused.nonempty() ? focused : cy.elements();
	const most = options.large ? 1.25 : cy.maxZoom();
	const top = eles
		.nodes('[kind = "post"], [kind = "aggregate"]')
		.reduce<NodeSingular | undefined>(
			(best, n) => (!best || n.position('y') < best.position('y') ? n : best),
			undefined
		);
	const bb = eles.boundingBox();
	const view = readableView(bb, top?.position('x') ?? (bb.x1 + bb.x2) / 2, {
		width: cy.width(),
		height: cy.height(),
		readableZoom: options.readableZoom,
		padding: FIT_PADDING
	});
	if (view.zoom > most) {
		cy.zoom(most);
		cy.center(eles);
	} else cy.viewport({ zoom: view.zoom, pan: view.pan });
	return !view.whole;
}

/**
 * Watches an element's size, to the nearest 40 px so that small changes do not lay the graph out
 * again. Returns the observer (disconnect it when done).
 */
export function watchSize(
	el: HTMLElement,
	onsize: (size: { width: number; height: number }) => void
): ResizeObserver {
	let last = '';
	const measure = () => {
		const width = Math.round(el.clientWidth / 40) * 40;
		const height = Math.round(el.clientHeight / 40) * 40;
		if (!width || !height || `${width}x${height}` === last) return;
		last = `${width}x${height}`;
		onsize({ width, height });
	};
	measure();
	const observer = new ResizeObserver(measure);
	observer.observe(el);
	return observer;
}
