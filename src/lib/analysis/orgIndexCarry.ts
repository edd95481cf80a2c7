/**
 * How an edited snapshot's index is made from the one before: the posts an edit replaced are
 * written into copies of the earlier index's arrays, instead of a new walk of every post.
 */
import type { Post, Structure } from '../model/types';
import {
	byPosts,
	cache,
	isLive,
	linesFrom,
	managerPosition,
	type Lines,
	type OrgIndex
} from './orgIndexBuild';

/** How a carried index was made: the index it came from and the posts replaced. */
export interface Carried {
	from: OrgIndex;
	/** Positions of the live posts replaced. */
	changed: number[];
	/** Every post replaced (deleted ones included), as it was and as it is. */
	replaced: { before: Post; after: Post }[];
}

/**
 * Kept one step back only (carrying from an index forgets how that one was made), so a long run of
 * edits does not keep every index alive. The per-index memos (cost, statutory facts, directors)
 * read it to update a few rows instead of walking every post.
 */
const lineage = new WeakMap<OrgIndex, Carried>();

export function carriedFrom(index: OrgIndex): Carried | undefined {
	return lineage.get(index);
}

/**
 * Hands `after` an index made from `before`'s instead of a new enumeration of its posts Map,
 * when `after` is `before` with only the posts under `changed` replaced: each of them in both
 * records (no post added or removed, so the keys and their order are the same) and live in both
 * or deleted in both. An edit or an undo of a post (immer patches say which) costs a copy of a few
 * typed arrays rather than a walk of a 12,000-entry Map. Does nothing when `before` has no index
 * yet or the change is not of that kind (the next orgIndex(after) builds one as usual). Returns
 * the positions of the live posts replaced, or undefined when nothing was carried.
 */
export function carryIndex(
	before: Structure,
	after: Structure,
	changed: ReadonlySet<string>
): number[] | undefined {
	const from = cache.get(before);
	if (!from || cache.has(after)) return undefined;
	if (after.posts === before.posts) {
		// The edit left the posts Map alone (immer kept the same object): the same index, unless
		// the top post changed.
		if (changed.size) return undefined;
		const ceo = from.position.get(after.ceo) ?? -1;
		cache.set(after, ceo === from.ceo ? from : { ...from, ...linesFrom(from.parent, ceo) });
		return [];
	}
	const livePositions: number[] = [];
	const replaced: Carried['replaced'] = [];
	for (const id of changed) {
		const a = before.posts.get(id);
		const b = after.posts.get(id);
		if (a === undefined || b === undefined || isLive(a) !== isLive(b)) return undefined;
		if (!before.posts.has(id) || !after.posts.has(id)) return undefined;
		const i = from.position.get(id);
		if (i !== undefined) livePositions.push(i);
		replaced.push({ before: a, after: b });
	}
	const posts = from.posts.slice();
	const recordPosts = from.recordPosts === from.posts ? posts : from.recordPosts.slice();
	if (recordPosts !== posts)
		for (const id of changed) recordPosts[from.recordIds.indexOf(id)] = after.posts.get(id)!;
	let parent = from.parent;
	for (const i of livePositions) {
		const post = after.posts.get(from.ids[i])!;
		posts[i] = post;
		const p = managerPosition(post, i, from.position);
		if (p === parent[i]) continue;
		if (parent === from.parent) parent = from.parent.slice();
		parent[i] = p;
	}
	const ceo = from.position.get(after.ceo) ?? -1;
	// Unchanged lines (a retitle, a regrade) share the tree arrays; they are never written to.
	const lines: Lines = parent === from.parent && ceo === from.ceo ? from : linesFrom(parent, ceo);
	const index: OrgIndex = {
		ids: from.ids,
		posts,
		position: from.position,
		parent,
		childStart: lines.childStart,
		childList: lines.childList,
		depth: lines.depth,
		order: lines.order,
		reachable: lines.reachable,
		ceo: lines.ceo,
		maxDepth: lines.maxDepth,
		recordIds: from.recordIds,
		recordPosts
	};
	cache.set(after, index);
	byPosts.set(after.posts, { ceo: after.ceo, index });
	lineage.delete(from);
	lineage.set(index, { from, changed: livePositions, replaced });
	return livePositions;
}
