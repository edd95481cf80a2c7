import type { Core, NodeSingular } from 'cytoscape';
import type { AnyLinkType } from '$lib/model/types';

/**
 * What the graph emphasises. Link types not drawn carry `off` (hidden by the stylesheet); the
 * selected node and every link in and out of it, of any type, carry `highlight`, the nodes at the
 * other ends `neighbour`, and, with `fade`, everything else `faded`, as Kumu does.
 */
export function applyFocus(
	cy: Core,
	selected: string | undefined,
	{ linkTypes, fade }: { linkTypes?: readonly AnyLinkType[]; fade: boolean }
): void {
	const shown = linkTypes && new Set<string>(linkTypes);
	cy.batch(() => {
		cy.elements('.highlight, .neighbour, .faded').removeClass('highlight neighbour faded');
		if (shown) {
			cy.edges().forEach((e) => {
				e.toggleClass('off', !shown.has(e.data('type') as string));
			});
		}
		const node = selected ? cy.getElementById(selected) : undefined;
		if (!node || node.empty()) return;
		const links = node.connectedEdges();
		const ends = links.connectedNodes().difference(node);
		node.addClass('highlight');
		links.addClass('highlight');
		ends.addClass('neighbour');
		if (!fade) return;
		cy.elements()
			.difference(node)
			.difference(links)
			.difference(ends)
			.filter((el) => !(el.isNode() && (el as NodeSingular).isParent()))
			.addClass('faded');
	});
}
