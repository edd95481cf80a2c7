import { LINE_MANAGEMENT, type Structure } from '../model/types.ts';
import { orgIndex } from '../analysis/orgIndex.ts';
import type { UnitAggregate } from '../analysis/unitAggregates.ts';
import { formatDecimal, formatMoneyShort, formatNumber } from '../words/index.ts';
import type { GraphEdge, GraphElements, GraphNode } from './graphElements.ts';
import { belowNodeId, foldUnitPosts, type Fold, type FoldedUnit } from './unitFolds.ts';
import { topLevelUnits, unitPath } from './unitOpening.ts';
import type { PostBrief } from './unitPosts.ts';

/**
 * The graph of a large establishment: units drawn as aggregate boxes (posts, FTE, cost, span,
 * layers) that open on demand into their sub-units and the posts sitting directly in them. Lines
 * join each box or post to the box or post its head's line manager is drawn in. Plain data from
 * the measures: the same functions run on the server (which sends only the units and the opened
 * units' posts) and in the browser once the whole structure is loaded for editing.
 */

/** Above this many live posts a structure is drawn as units, and its pages are sent compact. */
export const LARGE_STRUCTURE_POSTS = 400;

// The posts in units and the opening of units are ideas of their own; their callers import them
// from here, the unit graph's one entry.
export {
	closeUnit,
	ELEMENT_BUDGET,
	estimateElements,
	openUnit,
	topLevelUnits,
	unitPath,
	type OpenResult
} from './unitOpening.ts';
export { findPosts, unitPosts, type PostBrief, type PostMatch } from './unitPosts.ts';

export function isLargeStructure(s: Structure): boolean {
	return orgIndex(s).ids.length > LARGE_STRUCTURE_POSTS;
}

export const unitNodeId = (unit: string) => `unit:${unit}`;
/** The unit an aggregate node stands for, or undefined for a post node. */
export const unitOfNode = (node: string) =>
	node.startsWith('unit:') ? node.slice('unit:'.length) : undefined;

export interface UnitGraphInput {
	units: Readonly<Record<string, UnitAggregate>>;
	/** The posts directly in each opened unit, once loaded. */
	contents: Readonly<Record<string, readonly PostBrief[]>>;
	open: readonly string[];
}

export interface UnitGraph extends GraphElements {
	/** Units asked open whose posts are not loaded yet (drawn closed until they are). */
	pending: string[];
}

/** The aggregate graph: closed units as boxes, open units as their sub-units and posts. */
export function unitGraph({ units, contents, open }: UnitGraphInput): UnitGraph {
	const asked = new Set(open);
	const pending = open.filter((u) => units[u] && !Object.hasOwn(contents, u));
	const expanded = (u: string) => asked.has(u) && Object.hasOwn(contents, u);
	// The node a unit's posts are drawn in: the highest closed unit on its path, or none (open).
	const shownIn = new Map<string, string | null>();
	const nodeOfUnit = (unit: string): string | null => {
		const known = shownIn.get(unit);
		if (known !== undefined) return known;
		let result: string | null = null;
		for (const u of unitPath(units, unit)) {
			if (!expanded(u)) {
				result = unitNodeId(u);
				break;
			}
		}
		shownIn.set(unit, result);
		return result;
	};
	// Units drawn open, each with its posts folded below the cap (worked out before any line, so a
	// line to a folded post goes to its fold box).
	const folded = new Map<string, FoldedUnit>();
	const fold = (id: string) => {
		if (!units[id] || !expanded(id)) return;
		folded.set(id, foldUnitPosts(contents[id] ?? [], asked));
		for (const c of units[id].units) fold(c);
	};
	for (const id of topLevelUnits(units)) fold(id);
	const nodeOfPost = (post: string, unit: string | undefined) =>
		unit === undefined || !units[unit]
			? undefined
			: (nodeOfUnit(unit) ?? folded.get(unit)?.foldOf.get(post) ?? post);

	const nodes: GraphNode[] = [];
	const edges: GraphEdge[] = [];
	const line = (source: string | undefined, target: string) => {
		if (source === undefined || source === target) return;
		edges.push({
			group: 'edges',
			data: { id: `line:${source}->${target}`, source, target, type: LINE_MANAGEMENT },
			classes: `link ${LINE_MANAGEMENT}`
		});
	};
	const visit = (id: string) => {
		const u = units[id];
		if (!u) return;
		if (!expanded(id)) {
			const node = unitNodeId(id);
			const manager = u.head ? nodeOfPost(u.headManager ?? '', u.headManagerUnit) : undefined;
			nodes.push(aggregateNode(u, manager === node ? undefined : manager));
			if (manager !== node) line(manager, node);
			return;
		}
		const { shown, folds } = folded.get(id)!;
		for (const p of shown) {
			const manager = p.manager ? nodeOfPost(p.manager, p.managerUnit) : undefined;
			nodes.push(postBriefNode(p, manager));
			line(manager, p.id);
		}
		for (const f of folds) {
			nodes.push(foldNode(f, id));
			line(f.post, belowNodeId(f.post));
		}
		for (const c of u.units) visit(c);
	};
	for (const id of topLevelUnits(units)) visit(id);
	// Lines only between drawn nodes (a manager in a unit the structure does not name is not drawn).
	const drawn = new Set(nodes.map((n) => n.data.id));
	return {
		nodes,
		edges: edges.filter((e) => drawn.has(e.data.source) && drawn.has(e.data.target)),
		pending
	};
}

/** The figures a closed unit shows, in words. */
export function aggregateLabel(u: UnitAggregate): string {
	const posts = `${formatNumber(u.posts)} post${u.posts === 1 ? '' : 's'}`;
	return [
		u.name,
		`${posts} · ${formatDecimal(u.fte, 1)} FTE`,
		`${formatMoneyShort(u.cost)} a year`,
		`span 1:${formatNumber(u.averageSpan, 1)} · ${formatNumber(u.layers)} layer${u.layers === 1 ? '' : 's'}`
	].join('\n');
}

function foldNode(f: Fold, unit: string): GraphNode {
	const count = `${formatNumber(f.count)} post${f.count === 1 ? '' : 's'}`;
	return {
		group: 'nodes',
		data: {
			id: belowNodeId(f.post),
			kind: 'aggregate',
			label: `${count} below\n(select to show the next layer)`,
			name: `${count} below`,
			unit,
			manager: f.post
		},
		classes: 'aggregate fold'
	};
}

function aggregateNode(u: UnitAggregate, manager: string | undefined): GraphNode {
	return {
		group: 'nodes',
		data: {
			id: unitNodeId(u.unit),
			kind: 'aggregate',
			label: aggregateLabel(u),
			name: u.name,
			unit: u.unit,
			...(manager ? { manager } : {})
		},
		classes: 'aggregate'
	};
}

function postBriefNode(p: PostBrief, manager: string | undefined): GraphNode {
	const tag = p.status === 'vacant' || p.status === 'interim' ? p.status.toUpperCase() : undefined;
	const gradeLine = p.gradeName === p.title ? '' : `\n${p.gradeName}`;
	const classes = ['post', `status-${p.status}`];
	if (p.ceo) classes.push('ceo');
	return {
		group: 'nodes',
		data: {
			id: p.id,
			kind: 'post',
			label: `${tag ? `${tag} · ` : ''}${p.title}${gradeLine}`,
			name: p.title,
			unit: p.unit,
			gradeName: p.gradeName,
			status: p.status,
			...(p.ceo ? { ceo: true } : {}),
			...(manager ? { manager } : {})
		},
		classes: classes.join(' ')
	};
}
