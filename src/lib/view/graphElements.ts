import {
	LINE_MANAGEMENT,
	LINK_TYPE_NAMES,
	UNIT_GROUP_NAMES,
	type AnyLinkType,
	type Post,
	type PostStatus,
	type Structure,
	type UnitGroup
} from '../model/types.ts';
import { ALL_LINK_TYPES } from './linkStyles.ts';

/**
 * The structure as graph elements, in the shape cytoscape takes ({ group, data, classes }), but
 * plain data with no cytoscape import so it can be tested and reused by the SVG export.
 *
 * Posts are the nodes. A link that points at a unit or a service is drawn to the post heading that
 * unit (the edge remembers what it was drawn "via"); a unit with no head post, such as the
 * Children's Trust, gets a node of its own. Bodies and meetings that links name get nodes too.
 * Nodes do not depend on which link types are shown, so toggling a type never moves a node.
 */

/** `aggregate`: a whole unit of a large establishment in one box (see unitGraph.ts). */
export type NodeKind = 'group' | 'post' | 'unit' | 'body' | 'meeting' | 'aggregate';

/** How a post changed between two structures, for the compare view. */
export type ChangeMark = 'created' | 'deleted' | 'moved' | 'changed';

/** The words shown on a changed node, so the change never rests on colour. */
export const CHANGE_LABELS: Record<ChangeMark, string> = {
	created: 'NEW',
	deleted: 'DELETED',
	moved: 'MOVED',
	changed: 'CHANGED'
};

export interface GraphNodeData {
	id: string;
	kind: NodeKind;
	/** The text drawn on the node; lines separated by \n. */
	label: string;
	/** Post title, or unit, body, meeting or group name. */
	name: string;
	/** The compound group node the node sits in. */
	parent?: string;
	gradeName?: string;
	status?: PostStatus;
	change?: ChangeMark;
	ceo?: boolean;
	office?: boolean;
	/** The line manager's post id, when the manager is in the structure. */
	manager?: string;
	/** The unit a large structure's post or unit box stands in (see unitGraph.ts). */
	unit?: string;
}

export interface GraphEdgeData {
	id: string;
	source: string;
	target: string;
	type: AnyLinkType;
	/** The link record's id; absent for line management, which is Post.reportsTo. */
	linkId?: string;
	/** Name of the unit or service the link really points at, when drawn to its head post. */
	via?: string;
}

export interface GraphNode {
	group: 'nodes';
	data: GraphNodeData;
	classes: string;
}

export interface GraphEdge {
	group: 'edges';
	data: GraphEdgeData;
	classes: string;
}

export interface GraphElements {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export interface GraphOptions {
	/** Link types to draw; all of them when absent. */
	linkTypes?: readonly AnyLinkType[];
	/** Posts to mark as changed (compare view), by post id. */
	changes?: Readonly<Record<string, ChangeMark>>;
	/** Leave out units, bodies and meetings (and links to them), as a line-management view does. */
	postsOnly?: boolean;
}

const GROUP_ORDER: UnitGroup[] = ['core', 'delivery', 'external'];

export function groupNodeId(group: UnitGroup): string {
	return `group:${group}`;
}

export function toGraphElements(s: Structure, options: GraphOptions = {}): GraphElements {
	const shown = new Set<AnyLinkType>(options.linkTypes ?? ALL_LINK_TYPES);
	const changes = options.changes ?? {};
	const nodes: GraphNode[] = [];
	const edges: GraphEdge[] = [];
	const usedGroups = new Set<UnitGroup>();
	const resolver = endpointResolver(s);

	const groupOfUnit = (unitId: string | undefined): UnitGroup =>
		(unitId && s.units[unitId]?.group) || 'core';

	for (const post of s.posts.values()) {
		const group = groupOfUnit(post.unit);
		usedGroups.add(group);
		nodes.push(postNode(s, post, group, changes[post.id]));
	}

	// Nodes for every unit, body and meeting a link names, whether or not its type is shown.
	const extra = new Map<string, GraphNode>();
	const ensureNode = (target: ResolvedEndpoint) => {
		if (target.kind === 'post' || extra.has(target.node) || options.postsOnly) return;
		let group: UnitGroup | undefined;
		let label: string;
		let name: string;
		if (target.kind === 'unit') {
			const unit = s.units[target.node];
			group = unit.group;
			name = unit.name;
			label = unit.external ? `${unit.name}\n(external body)` : `${unit.name}\n(unit)`;
		} else if (target.kind === 'body') {
			group = 'external';
			name = s.bodies[target.node].name;
			label = name;
		} else {
			const meeting = s.meetings[target.node];
			name = meeting.name;
			label = `${meeting.name}\n(${meeting.cadence} meeting)`;
		}
		if (group) usedGroups.add(group);
		extra.set(target.node, {
			group: 'nodes',
			data: {
				id: target.node,
				kind: target.kind,
				label,
				name,
				parent: group && groupNodeId(group)
			},
			classes: target.kind
		});
	};
	for (const unit of Object.values(s.units)) {
		// An external unit with no council post (the Trust) is shown even when no link names it.
		if (unit.external) {
			const r = resolver(unit.id);
			if (r) ensureNode(r);
		}
	}

	const seen = new Set<string>();
	for (const link of Object.values(s.links)) {
		const from = resolver(link.from);
		const to = resolver(link.to);
		if (!from || !to) continue;
		ensureNode(from);
		ensureNode(to);
		if (!shown.has(link.type) || from.node === to.node) continue;
		if (options.postsOnly && (from.kind !== 'post' || to.kind !== 'post')) continue;
		const key = `${link.type}|${from.node}|${to.node}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const via = [from.via, to.via].filter(Boolean).join(' → ') || undefined;
		edges.push({
			group: 'edges',
			data: {
				id: link.id,
				source: from.node,
				target: to.node,
				type: link.type,
				linkId: link.id,
				via
			},
			classes: `link ${link.type}`
		});
	}

	const lines: GraphEdge[] = [];
	if (shown.has(LINE_MANAGEMENT)) {
		for (const post of s.posts.values()) {
			if (!post.reportsTo || !s.posts.get(post.reportsTo)) continue;
			lines.push({
				group: 'edges',
				data: {
					id: `line:${post.reportsTo}->${post.id}`,
					source: post.reportsTo,
					target: post.id,
					type: LINE_MANAGEMENT
				},
				classes: `link ${LINE_MANAGEMENT}`
			});
		}
	}

	const groups: GraphNode[] = GROUP_ORDER.filter((g) => usedGroups.has(g)).map((g) => ({
		group: 'nodes',
		data: {
			id: groupNodeId(g),
			kind: 'group',
			label: UNIT_GROUP_NAMES[g],
			name: UNIT_GROUP_NAMES[g]
		},
		classes: `group group-${g}`
	}));

	return { nodes: [...groups, ...nodes, ...extra.values()], edges: [...lines, ...edges] };
}

function postNode(s: Structure, post: Post, group: UnitGroup, change?: ChangeMark): GraphNode {
	const gradeName = s.grades[post.grade]?.name ?? post.grade;
	const tag = change
		? CHANGE_LABELS[change]
		: post.status === 'deleted'
			? 'DELETED'
			: post.status === 'vacant' || post.status === 'interim'
				? post.status.toUpperCase()
				: undefined;
	// The grade line is left off where it only repeats the title (Chief Executive, Chief Executive).
	const gradeLine = gradeName === post.title ? '' : `\n${gradeName}`;
	const label = `${tag ? `${tag} · ` : ''}${post.title}${gradeLine}`;
	const classes = ['post', `status-${post.status}`];
	if (change) classes.push(`change-${change}`);
	if (post.id === s.ceo) classes.push('ceo');
	if (post.office) classes.push('office');
	return {
		group: 'nodes',
		data: {
			id: post.id,
			kind: 'post',
			label,
			name: post.title,
			parent: groupNodeId(group),
			gradeName,
			status: post.status,
			change,
			ceo: post.id === s.ceo || undefined,
			office: post.office || undefined,
			manager: post.reportsTo && s.posts.get(post.reportsTo) ? post.reportsTo : undefined
		},
		classes: classes.join(' ')
	};
}

export interface ResolvedEndpoint {
	/** The node the edge is drawn to. */
	node: string;
	kind: Exclude<NodeKind, 'group' | 'aggregate'>;
	/** The unit or service name, when the link points at one and is drawn to its head post. */
	via?: string;
}

/**
 * Where a link to any record is drawn: posts, bodies and meetings are their own nodes; a unit is
 * drawn at its head post (or its parent unit's, or a node of its own when there is none); a service
 * at its unit.
 */
export function endpointResolver(s: Structure): (id: string) => ResolvedEndpoint | undefined {
	const unitEndpoint = (unitId: string, depth = 0): ResolvedEndpoint | undefined => {
		const unit = s.units[unitId];
		if (!unit) return undefined;
		if (unit.head && s.posts.get(unit.head))
			return { node: unit.head, kind: 'post', via: unit.name };
		if (unit.parent && depth < 20) {
			const up = unitEndpoint(unit.parent, depth + 1);
			if (up) return { ...up, via: unit.name };
		}
		return { node: unit.id, kind: 'unit' };
	};
	return (id) => {
		if (s.posts.get(id)) return { node: id, kind: 'post' };
		if (s.units[id]) return unitEndpoint(id);
		const service = s.services[id];
		if (service) {
			const r = unitEndpoint(service.unit);
			return r && { ...r, via: service.name };
		}
		if (s.bodies[id]) return { node: id, kind: 'body' };
		if (s.meetings[id]) return { node: id, kind: 'meeting' };
		return undefined;
	};
}

/** The readable name of a link type. */
export function linkTypeName(type: AnyLinkType): string {
	return LINK_TYPE_NAMES[type];
}

/** How many edges of each type the elements hold, for the legend. */
export function countLinkTypes(elements: GraphElements): Partial<Record<AnyLinkType, number>> {
	const counts: Partial<Record<AnyLinkType, number>> = {};
	for (const e of elements.edges) counts[e.data.type] = (counts[e.data.type] ?? 0) + 1;
	return counts;
}
