import { LINE_MANAGEMENT, type PostStatus, type Structure } from '../model/types.ts';
import { costArrays } from '../analysis/cost.ts';
import { memoisePerStructure } from '../analysis/memo.ts';
import { orgIndex, reportCount } from '../analysis/orgIndex.ts';
import type { UnitAggregate } from '../analysis/unitAggregates.ts';
import { formatDecimal, formatMoneyShort, formatNumber } from '../words/index.ts';
import type { GraphEdge, GraphElements, GraphNode } from './graphElements.ts';
import {
	belowNodeId,
	foldUnitPosts,
	UNIT_POST_CAP,
	type Fold,
	type FoldedUnit
} from './unitFolds.ts';

/**
 * The graph of a large establishment: units drawn as aggregate boxes (posts, FTE, cost, span,
 * layers) that open on demand into their sub-units and the posts sitting directly in them. Lines
 * join each box or post to the box or post its head's line manager is drawn in. Plain data from
 * the measures: the same functions run on the server (which sends only the units and the opened
 * units' posts) and in the browser once the whole structure is loaded for editing.
 */

/** Above this many live posts a structure is drawn as units, and its pages are sent compact. */
export const LARGE_STRUCTURE_POSTS = 400;
/** The most nodes and edges drawn at once; opening more closes units off the path. */
export const ELEMENT_BUDGET = 1500;

/** A post as the unit graph and its panel need it. */
export interface PostBrief {
	id: string;
	title: string;
	gradeName: string;
	status: PostStatus;
	unit: string;
	fte: number;
	/** Full-year cost, pounds. */
	cost: number;
	/** Live direct reports. */
	reports: number;
	manager?: string;
	managerUnit?: string;
	ceo?: true;
}

export function isLargeStructure(s: Structure): boolean {
	return orgIndex(s).ids.length > LARGE_STRUCTURE_POSTS;
}

export const unitNodeId = (unit: string) => `unit:${unit}`;
/** The unit an aggregate node stands for, or undefined for a post node. */
export const unitOfNode = (node: string) =>
	node.startsWith('unit:') ? node.slice('unit:'.length) : undefined;

/** Positions of live posts by the unit they sit directly in, built once per structure. */
const postsByUnit = memoisePerStructure((s: Structure) => {
	const index = orgIndex(s);
	const by = new Map<string, number[]>();
	for (let i = 0; i < index.posts.length; i++) {
		const u = index.posts[i].unit;
		const list = by.get(u);
		if (list) list.push(i);
		else by.set(u, [i]);
	}
	return { by };
});

/** The live posts sitting directly in a unit (not its sub-units), in structure order. */
export function unitPosts(s: Structure, unit: string): PostBrief[] {
	const index = orgIndex(s);
	const cost = costArrays(s).total;
	return (postsByUnit(s).by.get(unit) ?? []).map((i) => {
		const p = index.posts[i];
		const m = index.parent[i];
		return {
			id: p.id,
			title: p.title,
			gradeName: s.grades[p.grade]?.name ?? p.grade,
			status: p.status,
			unit: p.unit,
			fte: p.fte,
			cost: cost[i] / 100,
			reports: reportCount(index, i),
			...(m >= 0 ? { manager: index.ids[m], managerUnit: index.posts[m].unit } : {}),
			...(i === index.ceo ? { ceo: true as const } : {})
		};
	});
}

/** Units with no parent, in the structure's order. */
export function topLevelUnits(units: Readonly<Record<string, UnitAggregate>>): string[] {
	return Object.values(units)
		.filter((u) => !u.parent)
		.map((u) => u.unit);
}

/** A unit and the units above it, top first. */
export function unitPath(units: Readonly<Record<string, UnitAggregate>>, unit: string): string[] {
	const path: string[] = [];
	for (let u: string | undefined = unit; u && units[u] && path.length < 64; u = units[u].parent)
		path.unshift(u);
	return path;
}

const ownPosts = (units: Readonly<Record<string, UnitAggregate>>, u: UnitAggregate) =>
	u.posts - u.units.reduce((sum, c) => sum + (units[c]?.posts ?? 0), 0);

/** Nodes and edges drawn with these units open (about two elements a node: itself, its line). */
export function estimateElements(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[]
): number {
	const isOpen = new Set(open);
	let nodes = 0;
	const visit = (id: string) => {
		const u = units[id];
		if (!u) return;
		if (!isOpen.has(id)) {
			nodes++;
			return;
		}
		// A unit past the cap is drawn folded: about the cap's worth of posts and fold boxes.
		nodes += Math.min(ownPosts(units, u), UNIT_POST_CAP * 1.5);
		for (const c of u.units) visit(c);
	};
	for (const id of topLevelUnits(units)) visit(id);
	return nodes * 2;
}

export type OpenResult = { ok: true; open: string[] } | { ok: false; reason: string };

/**
 * Open a unit (and every unit above it). Past the element budget, the units opened earliest that
 * are not on its path close first; a unit that alone would pass the budget is refused.
 */
export function openUnit(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[],
	unit: string,
	budget = ELEMENT_BUDGET
): OpenResult {
	const target = units[unit];
	if (!target) return { ok: false, reason: `There is no unit “${unit}”.` };
	const path = unitPath(units, unit);
	let next = [
		...open.filter((u) => !path.includes(u) && (units[u] || u.startsWith('below:'))),
		...path
	];
	if (estimateElements(units, path) > budget) {
		return {
			ok: false,
			reason: `${target.name} has ${formatNumber(ownPosts(units, target))} posts directly in it, more than the graph draws at once.`
		};
	}
	while (estimateElements(units, next) > budget) {
		const drop = next.find((u) => !path.includes(u));
		if (drop === undefined) break;
		// Closing a unit closes what is open inside it too.
		next = next.filter((u) => u !== drop && !unitPath(units, u).includes(drop));
	}
	return { ok: true, open: next };
}

/** Close a unit and every unit open inside it. */
export function closeUnit(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[],
	unit: string
): string[] {
	return open.filter((u) => !unitPath(units, u).includes(unit));
}

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

/** A post found by the search box of a large structure. */
export interface PostMatch {
	id: string;
	title: string;
	unit: string;
	unitName: string;
}

/**
 * Live posts whose id or title holds the query (case-insensitive): an exact id first, then ids
 * starting with it, then titles, in structure order; at most `limit`.
 */
export function findPosts(s: Structure, query: string, limit = 20): PostMatch[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const index = orgIndex(s);
	const ranked: [number, number][] = [];
	for (let i = 0; i < index.posts.length; i++) {
		const p = index.posts[i];
		const id = p.id.toLowerCase();
		const rank = id === q ? 0 : id.startsWith(q) ? 1 : p.title.toLowerCase().includes(q) ? 2 : -1;
		if (rank >= 0) ranked.push([rank, i]);
	}
	ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	return ranked.slice(0, limit).map(([, i]) => {
		const p = index.posts[i];
		return { id: p.id, title: p.title, unit: p.unit, unitName: s.units[p.unit]?.name ?? p.unit };
	});
}
