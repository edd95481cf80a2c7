import type { Core } from 'cytoscape';
import { arrowTarget, isArrow, zoomTo } from './graphView';

/**
 * The drawing's keys: the arrows move the selection from post to post, M asks to move the selected
 * post (as Move… does), Z zooms to it and Escape clears it. A key pressed with Ctrl, Alt or ⌘ is
 * left alone, so Ctrl+Z and the redo keys reach the editor's undo (UndoKeys).
 */
export interface KeyHandlers {
	onselect?: (id: string | undefined) => void;
	/** M on a selected post: ask for its new manager (absent when the graph is not edited). */
	onmove?: (postId: string) => void;
}

/** Zooms to the selected node, when there is one and it is drawn. */
export function zoomToSelected(cy: Core | undefined, selected: string | undefined) {
	const node = cy && selected ? cy.getElementById(selected) : undefined;
	if (cy && node && node.nonempty()) zoomTo(cy, node);
}

/** What the keys read of a keydown event. */
export type GraphKey = Pick<
	KeyboardEvent,
	'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'
>;

/** Acts on a key pressed in the drawing; a key it acts on goes no further. */
export function graphKeydown(
	e: GraphKey,
	cy: Core | undefined,
	selected: string | undefined,
	{ onselect, onmove }: KeyHandlers
) {
	if (!cy || e.altKey || e.ctrlKey || e.metaKey) return;
	const node = selected ? cy.getElementById(selected) : undefined;
	if (e.key === 'Escape' && selected) onselect?.(undefined);
	else if (isArrow(e.key)) {
		const next = arrowTarget(cy, node, e.key);
		if (next) onselect?.(next.id());
	} else if ((e.key === 'm' || e.key === 'M') && onmove && node?.data('kind') === 'post') {
		onmove(node.id());
	} else if (e.key === 'z' || e.key === 'Z') zoomToSelected(cy, selected);
	else return;
	e.preventDefault();
}
