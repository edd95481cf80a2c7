import { LINE_MANAGEMENT, type AnyLinkType, type Structure } from '../model/types.ts';
import { connectionsOf, type Connection } from './connections.ts';
import { toGraphElements, type NodeKind } from './graphElements.ts';
import { ALL_LINK_TYPES } from './linkStyles.ts';

/**
 * The graph's links as a table, the alternative to the picture: one row for each node of the graph
 * (its posts, then the units, bodies and meetings that links name), one column for each link type,
 * and in each cell the links of that type in and out of the node. Line management counts the
 * post's manager (in) and its direct reports (out).
 */
export interface LinkCell {
	out: Connection[];
	in: Connection[];
}

export interface LinkMatrixRow {
	node: string;
	name: string;
	kind: Exclude<NodeKind, 'group' | 'aggregate'>;
	cells: Record<AnyLinkType, LinkCell>;
	/** Links of every type, in and out. */
	total: number;
}

export interface LinkMatrix {
	rows: LinkMatrixRow[];
	/** How many links of each type the structure has (each counted once, not at both ends). */
	totals: Record<AnyLinkType, number>;
}

export function linkMatrix(s: Structure): LinkMatrix {
	const nodes = toGraphElements(s).nodes.filter(
		(n) => n.data.kind !== 'group' && n.data.kind !== 'aggregate'
	);
	const rows = nodes.map((n): LinkMatrixRow => {
		const c = connectionsOf(s, n.data.id);
		const cells = Object.fromEntries(
			ALL_LINK_TYPES.map((t) => [t, { out: [], in: [] } as LinkCell])
		) as Record<AnyLinkType, LinkCell>;
		cells[LINE_MANAGEMENT].out.push(...c.reports);
		if (c.manager) cells[LINE_MANAGEMENT].in.push(c.manager);
		for (const o of c.outgoing) cells[o.type].out.push(o);
		for (const i of c.incoming) cells[i.type].in.push(i);
		const total = ALL_LINK_TYPES.reduce(
			(sum, t) => sum + cells[t].out.length + cells[t].in.length,
			0
		);
		return {
			node: n.data.id,
			name: n.data.name,
			kind: n.data.kind as LinkMatrixRow['kind'],
			cells,
			total
		};
	});
	const totals = Object.fromEntries(ALL_LINK_TYPES.map((t) => [t, 0])) as Record<
		AnyLinkType,
		number
	>;
	for (const p of s.posts.values())
		if (p.reportsTo && s.posts.get(p.reportsTo)) totals[LINE_MANAGEMENT]++;
	for (const l of Object.values(s.links)) totals[l.type]++;
	return { rows, totals };
}
