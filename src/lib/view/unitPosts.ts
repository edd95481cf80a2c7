import type { PostStatus, Structure } from '../model/types.ts';
import { costArrays } from '../analysis/cost.ts';
import { memoisePerStructure } from '../analysis/memo.ts';
import { orgIndex, reportCount } from '../analysis/orgIndex.ts';

/**
 * The posts of a large establishment as its unit graph needs them: those sitting directly in a
 * unit (sent when the unit is opened), and those found by the search box. Re-exported by
 * unitGraph.ts.
 */

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
