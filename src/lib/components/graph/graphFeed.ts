import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphPlacement } from '$lib/orgChart/graph';
import type { GraphElements } from '$lib/view/graphElements';
import { routeLine } from './graphRoutes';

/**
 * Feeds new elements into the drawing. The same nodes only swap edges, labels and classes (an
 * edit redraws in place); new nodes replace everything. Either way every node goes to its place in
 * the layout and the line-management edges follow its routes. Answers whether the nodes were the
 * same (then the view is left as it was).
 */
export function feedElements(cy: Core, next: GraphElements, placed: GraphPlacement): boolean {
	const current = new Set(cy.nodes().map((n) => n.id()));
	const sameNodes =
		current.size === next.nodes.length && next.nodes.every((n) => current.has(n.data.id));
	cy.batch(() => {
		if (sameNodes) {
			for (const n of next.nodes) {
				let node = cy.getElementById(n.data.id);
				// A post moved to a unit of another group moves to that group's box (move() re-adds
				// the node, so carry on with the new one).
				const parent = n.data.parent ?? null;
				if ((node.parent().first().id() ?? null) !== parent && !node.isParent()) {
					node = node.move({ parent }) as unknown as typeof node;
				}
				node.data(n.data);
				node.classes(n.classes);
			}
			const wanted = new Set(next.edges.map((e) => e.data.id));
			cy.edges()
				.filter((e) => !wanted.has(e.id()))
				.remove();
			const add = next.edges.filter((e) => cy.getElementById(e.data.id).empty());
			cy.add(add as ElementDefinition[]);
		} else {
			cy.elements().remove();
			cy.add([...next.nodes, ...next.edges] as ElementDefinition[]);
		}
		cy.nodes().forEach((n) => {
			const p = placed.positions[n.id()];
			if (p && !n.isParent()) n.position(p);
		});
		cy.edges('.line-management').forEach((e) => routeLine(e, placed));
	});
	return sameNodes;
}
