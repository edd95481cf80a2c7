import type { Core, NodeSingular } from 'cytoscape';

/** Moving the view: a selection is brought into view without zooming; Zoom to zooms to it. */

export function reducedMotion(): boolean {
	return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Is the node's box wholly inside the view? */
export function inView(cy: Core, node: NodeSingular): boolean {
	const bb = node.renderedBoundingBox({ includeLabels: false });
	return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
}

/** Pans (never zooms) to a node that is out of view; one in view stays where it is. */
export function bringIntoView(cy: Core, node: NodeSingular) {
	if (inView(cy, node)) return;
	if (reducedMotion()) cy.center(node);
	else cy.animate({ center: { eles: node } }, { duration: 250 });
}

/** Zooms to a node: at least full size, centred. */
export function zoomTo(cy: Core, node: NodeSingular) {
	const zoom = Math.max(cy.zoom(), 1);
	if (reducedMotion()) {
		cy.zoom(zoom);
		cy.center(node);
	} else {
		cy.animate({ zoom, center: { eles: node } }, { duration: 250 });
	}
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isArrow(key: string): key is ArrowKey {
	return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/**
 * The node an arrow key selects: Up the line manager and Down the nearest direct report (the tree
 * as it reads), otherwise the nearest node that way; the top node when none is selected.
 */
export function arrowTarget(
	cy: Core,
	from: NodeSingular | undefined,
	key: ArrowKey
): NodeSingular | undefined {
	if (from && from.nonempty()) {
		const manager = from.data('manager') as string | undefined;
		if (key === 'ArrowUp' && manager && cy.getElementById(manager).nonempty())
			return cy.getElementById(manager) as NodeSingular;
		if (key === 'ArrowDown') {
			let best: NodeSingular | undefined;
			cy.nodes().forEach((n) => {
				if (n.data('manager') !== from.id()) return;
				const d = Math.abs(n.position('x') - from.position('x'));
				if (!best || d < Math.abs(best.position('x') - from.position('x'))) best = n;
			});
			if (best) return best;
		}
		return nearestInDirection(cy, from, key);
	}
	let top: NodeSingular | undefined;
	cy.nodes().forEach((n) => {
		if (n.isParent() || n.data('kind') === 'group') return;
		if (!top || n.position('y') < top.position('y')) top = n;
	});
	return top;
}

/**
 * The node nearest the given one in an arrow key's direction: ahead of it, and the closer to the
 * line it points along the better.
 */
export function nearestInDirection(
	cy: Core,
	from: NodeSingular,
	key: ArrowKey
): NodeSingular | undefined {
	const [dx, dy] = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[
		key
	];
	const p = from.position();
	let best: NodeSingular | undefined;
	let bestScore = Infinity;
	cy.nodes().forEach((n) => {
		if (n.same(from) || n.isParent() || n.data('kind') === 'group') return;
		const q = n.position();
		const along = (q.x - p.x) * dx + (q.y - p.y) * dy;
		if (along <= 1) return;
		const across = Math.abs((q.x - p.x) * dy - (q.y - p.y) * dx);
		const score = along + 3 * across;
		if (score < bestScore) [best, bestScore] = [n, score];
	});
	return best;
}
