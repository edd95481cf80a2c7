import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { orgIndex, reportCount } from './orgIndex';
import { unitTotals } from './unitTotals';

/**
 * A unit seen from outside, as the graph of a large establishment draws it before it is opened:
 * the unit with all its sub-units, in one box. Spans and layers are along line management, over
 * the posts in the unit and below it in the unit tree.
 */
export interface UnitAggregate {
	unit: string;
	name: string;
	parent?: string;
	/** Sub-units, in the structure's unit order. */
	units: string[];
	/** Live posts (vacancies included), FTE, full-year cost in pounds, vacant posts. */
	posts: number;
	fte: number;
	cost: number;
	vacant: number;
	/** Posts in the unit (sub-units included) with at least one live report, and those reports. */
	managers: number;
	/** reports ÷ managers; 0 with no managers. A manager's reports count wherever they sit. */
	averageSpan: number;
	/** Layers from the unit's highest post to its lowest (0 when none reaches the CEO). */
	layers: number;
	/** The post heading the unit: its named head, else its highest post (fewest layers down). */
	head?: string;
	/** The head's line manager, when it has one in the structure. */
	headManager?: string;
	/** The unit the head's manager sits in. */
	headManagerUnit?: string;
}

/** What unitTotals does not count: line management inside the unit. */
interface Sums {
	managers: number;
	reports: number;
	minDepth: number;
	maxDepth: number;
	/** Position of the highest post directly in the unit, or -1. */
	top: number;
}

const empty = (): Sums => ({
	managers: 0,
	reports: 0,
	minDepth: Infinity,
	maxDepth: 0,
	top: -1
});

const counted = (f: { posts: number; fte: number; cost: number; vacant: number } | undefined) => ({
	posts: f?.posts ?? 0,
	fte: f?.fte ?? 0,
	cost: f?.cost ?? 0,
	vacant: f?.vacant ?? 0
});

/** Every unit's aggregate figures, keyed by unit id, in the structure's unit order. */
export const unitAggregates: (s: Structure) => Record<string, UnitAggregate> =
	memoisePerStructure(computeUnitAggregates);

function computeUnitAggregates(s: Structure): Record<string, UnitAggregate> {
	const index = orgIndex(s);
	// Headcount, FTE, cost and vacancies come from the one roll-up of units (unitTotals).
	const totals = unitTotals(s);
	const own = new Map<string, Sums>();
	for (const id in s.units) own.set(id, empty());
	for (let i = 0; i < index.posts.length; i++) {
		const p = index.posts[i];
		const t = own.get(p.unit);
		// A post in a unit the structure does not name has no box to count in.
		if (!t) continue;
		const span = reportCount(index, i);
		if (span > 0) {
			t.managers++;
			t.reports += span;
		}
		const d = index.depth[i];
		if (d > 0) {
			if (d < t.minDepth) t.minDepth = d;
			if (d > t.maxDepth) t.maxDepth = d;
		}
		if (t.top < 0 || rank(d) < rank(index.depth[t.top])) t.top = i;
	}
	// Roll each unit's own figures up into every unit above it (units are few; chains are short).
	const all = new Map<string, Sums>();
	for (const id of own.keys()) all.set(id, empty());
	for (const [id, o] of own) {
		let u: string | undefined = id;
		for (let steps = 0; u !== undefined && steps < 64; steps++) {
			const a = all.get(u);
			if (!a) break;
			a.managers += o.managers;
			a.reports += o.reports;
			a.minDepth = Math.min(a.minDepth, o.minDepth);
			a.maxDepth = Math.max(a.maxDepth, o.maxDepth);
			u = s.units[u]?.parent;
		}
	}
	const children = new Map<string, string[]>();
	for (const id in s.units) {
		const parent = s.units[id].parent;
		if (parent && s.units[parent]) children.set(parent, [...(children.get(parent) ?? []), id]);
	}
	const out: Record<string, UnitAggregate> = {};
	for (const id in s.units) {
		const unit = s.units[id];
		const a = all.get(id)!;
		const head = headOf(s, id, own, children, index.ids);
		const headAt = head === undefined ? undefined : index.position.get(head);
		const managerAt = headAt === undefined ? -1 : index.parent[headAt];
		const headManager = managerAt >= 0 ? index.ids[managerAt] : undefined;
		out[id] = {
			unit: id,
			name: unit.name,
			...(unit.parent && s.units[unit.parent] ? { parent: unit.parent } : {}),
			units: children.get(id) ?? [],
			...counted(totals[id]?.all),
			managers: a.managers,
			averageSpan: a.managers ? a.reports / a.managers : 0,
			layers: a.maxDepth > 0 ? a.maxDepth - a.minDepth + 1 : 0,
			...(head !== undefined ? { head } : {}),
			...(headManager !== undefined
				? { headManager, headManagerUnit: index.posts[managerAt].unit }
				: {})
		};
	}
	return out;
}

/** The named head when it is live; else the highest post in the unit, or in its sub-units. */
function headOf(
	s: Structure,
	id: string,
	own: Map<string, Sums>,
	children: Map<string, string[]>,
	ids: string[]
): string | undefined {
	const named = s.units[id].head;
	const index = orgIndex(s);
	if (named !== undefined && index.position.has(named)) return named;
	let best = -1;
	const queue = [id];
	for (let k = 0; k < queue.length && k < 10000; k++) {
		const t = own.get(queue[k])?.top ?? -1;
		if (t >= 0 && (best < 0 || rank(index.depth[t]) < rank(index.depth[best]))) best = t;
		queue.push(...(children.get(queue[k]) ?? []));
	}
	return best >= 0 ? ids[best] : undefined;
}

/** Posts cut off from the CEO (depth 0) rank below every post that reaches it. */
const rank = (depth: number) => (depth === 0 ? Infinity : depth);
