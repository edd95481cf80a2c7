import type { PostBrief } from './unitPosts.ts';

/**
 * A unit with a great many posts directly in it (an HR export with one department column puts
 * thousands in one) is drawn from its top down only as far as UNIT_POST_CAP allows: below that,
 * each post's reports fold into one "posts below" box, which opens a layer at a time.
 */
export const UNIT_POST_CAP = 250;

export const belowNodeId = (post: string) => `below:${post}`;
/** The post whose reports a fold box holds, or undefined for any other node. */
export const postOfBelowNode = (node: string) =>
	node.startsWith('below:') ? node.slice('below:'.length) : undefined;

export interface Fold {
	/** The post the folded posts report to (directly or further down). */
	post: string;
	/** Posts folded under it. */
	count: number;
}

export interface FoldedUnit {
	shown: PostBrief[];
	folds: Fold[];
	/** Each folded post's fold box id. */
	foldOf: Map<string, string>;
}

/** Which of a unit's posts are drawn, given the fold boxes opened (`below:post` in `open`). */
export function foldUnitPosts(
	posts: readonly PostBrief[],
	open: ReadonlySet<string>,
	cap = UNIT_POST_CAP
): FoldedUnit {
	if (posts.length <= cap) return { shown: [...posts], folds: [], foldOf: new Map() };
	const byId = new Map(posts.map((p) => [p.id, p]));
	const kids = new Map<string, PostBrief[]>();
	const roots: PostBrief[] = [];
	for (const p of posts) {
		if (p.manager && byId.has(p.manager) && p.manager !== p.id) {
			const list = kids.get(p.manager);
			if (list) list.push(p);
			else kids.set(p.manager, [p]);
		} else roots.push(p);
	}
	// The deepest layer (from the unit's top) whose posts, with all above, fit under the cap.
	let depth = 0;
	let total = roots.length;
	for (let layer = roots; ;) {
		const next = layer.flatMap((p) => kids.get(p.id) ?? []);
		if (!next.length || total + next.length > cap) break;
		total += next.length;
		depth++;
		layer = next;
	}
	const shown: PostBrief[] = [];
	const folds: Fold[] = [];
	const foldOf = new Map<string, string>();
	const seen = new Set<string>();
	const stack: [PostBrief, number][] = roots.map((p) => [p, 0]);
	while (stack.length) {
		const [p, level] = stack.pop()!;
		if (seen.has(p.id)) continue;
		seen.add(p.id);
		shown.push(p);
		const children = kids.get(p.id) ?? [];
		if (!children.length) continue;
		if (level < depth || open.has(belowNodeId(p.id))) {
			for (let k = children.length - 1; k >= 0; k--) stack.push([children[k], level + 1]);
			continue;
		}
		// Fold everything below p into one box.
		const box = belowNodeId(p.id);
		const under = [...children];
		let count = 0;
		for (let k = 0; k < under.length; k++) {
			if (foldOf.has(under[k].id) || seen.has(under[k].id)) continue;
			foldOf.set(under[k].id, box);
			count++;
			under.push(...(kids.get(under[k].id) ?? []));
		}
		folds.push({ post: p.id, count });
	}
	// Drawn in the unit's own order, so a layout reads the same whichever folds are open.
	const order = new Map(posts.map((p, i) => [p.id, i]));
	shown.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	return { shown, folds, foldOf };
}

/** The fold boxes to open so that a post of the unit is drawn: one for each post above it. */
export function foldsAbove(posts: readonly PostBrief[], post: string): string[] {
	const byId = new Map(posts.map((p) => [p.id, p]));
	const out: string[] = [];
	let p = byId.get(post);
	for (let steps = 0; p?.manager && byId.has(p.manager) && steps < posts.length; steps++) {
		out.unshift(belowNodeId(p.manager));
		p = byId.get(p.manager);
	}
	return out;
}
