import type { Core, NodeSingular } from 'cytoscape';

/**
 * Dragging a post onto its new line manager. While the post moves, the post under it is marked as
 * the drop target; near the edge of the graph's box the view pans that way, so a manager off
 * screen can be reached; on release the post goes back to its place and the drop is offered to
 * the caller (an accepted move redraws the tree).
 */
export interface DragHandlers {
	/** The post's place in the layout, to put it back. */
	home: (id: string) => { x: number; y: number } | undefined;
	/** While a post moves its routed links are drawn straight; afterwards they are routed again. */
	straighten: (node: NodeSingular) => void;
	reroute: (node: NodeSingular) => void;
	/** A post dropped onto another post. */
	ondrop: (postId: string, targetId: string) => void;
}

/** How close to the edge of the box (CSS pixels) the pointer makes the view pan. */
export const EDGE_ZONE = 48;
/** The fastest pan, in CSS pixels a frame, with the pointer at the very edge. */
const MAX_SPEED = 14;

/** The post whose box holds the dragged post's centre (the nearest, if several). */
export function dropTarget(cy: Core, dragged: NodeSingular): NodeSingular | undefined {
	const p = dragged.position();
	let best: NodeSingular | undefined;
	let bestDistance = Infinity;
	cy.nodes('[kind = "post"]').forEach((n) => {
		if (n.same(dragged)) return;
		const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
		if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) return;
		const c = n.position();
		const d = (c.x - p.x) ** 2 + (c.y - p.y) ** 2;
		if (d < bestDistance) [best, bestDistance] = [n, d];
	});
	return best;
}

/**
 * The pan for a pointer at (x, y) in a box of width × height: zero in the middle, growing to
 * MAX_SPEED at the edges (positive pan moves the drawing right/down, bringing what lies left/up
 * into view).
 */
export function edgePan(
	x: number,
	y: number,
	width: number,
	height: number
): { x: number; y: number } {
	const speed = (d: number) => (d >= EDGE_ZONE ? 0 : MAX_SPEED * (1 - Math.max(d, 0) / EDGE_ZONE));
	return {
		x: speed(x) - speed(width - x),
		y: speed(y) - speed(height - y)
	};
}

/** Wires the drag to the instance; returns the clean-up. */
export function listenForDrops(cy: Core, container: HTMLElement, h: DragHandlers): () => void {
	let target: NodeSingular | undefined;
	let dragging: NodeSingular | undefined;
	let pointer: { clientX: number; clientY: number } | undefined;
	let frame = 0;

	const mark = (node: NodeSingular) => {
		const next = dropTarget(cy, node);
		if (next?.id() === target?.id()) return;
		target?.removeClass('drop-target');
		target = next;
		target?.addClass('drop-target');
	};

	// The pointer's place, for the edge pan (cytoscape's drag event does not carry it).
	const track = (e: MouseEvent | PointerEvent) => {
		if (e.isTrusted) pointer = { clientX: e.clientX, clientY: e.clientY };
	};
	window.addEventListener('pointermove', track, true);
	window.addEventListener('mousemove', track, true);

	const step = () => {
		frame = 0;
		if (!dragging || !pointer) return;
		const rect = container.getBoundingClientRect();
		const pan = edgePan(
			pointer.clientX - rect.left,
			pointer.clientY - rect.top,
			rect.width,
			rect.height
		);
		if (!pan.x && !pan.y) return;
		cy.panBy(pan);
		// The pointer has not moved but the drawing has: tell cytoscape the pointer moved, so it
		// carries the dragged post along under it (and fires drag, which marks the target).
		window.dispatchEvent(
			new MouseEvent('mousemove', {
				clientX: pointer.clientX,
				clientY: pointer.clientY,
				bubbles: true,
				buttons: 1
			})
		);
		// The drag event above has usually asked for the next frame already.
		if (!frame) frame = requestAnimationFrame(step);
	};

	cy.on('drag', 'node', (e) => {
		const node = e.target as NodeSingular;
		if (!node.hasClass('dragging')) {
			node.addClass('dragging');
			dragging = node;
			h.straighten(node);
		}
		mark(node);
		if (!frame) frame = requestAnimationFrame(step);
	});

	cy.on('dragfree', 'node', (e) => {
		const node = e.target as NodeSingular;
		const onto = dropTarget(cy, node);
		target?.removeClass('drop-target');
		target = undefined;
		dragging = undefined;
		cancelAnimationFrame(frame);
		frame = 0;
		node.removeClass('dragging');
		// Back to its place first: a refused move, or a drop on nothing, leaves the tree as it was;
		// an accepted one redraws every node from the new layout.
		const home = h.home(node.id());
		if (home) node.position(home);
		h.reroute(node);
		if (onto) h.ondrop(node.id(), onto.id());
	});

	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('pointermove', track, true);
		window.removeEventListener('mousemove', track, true);
	};
}
