import type { Post, Structure } from '../model/types';

/**
 * The line-management tree of a structure, built once per structure object and reused by every
 * measure. Structures are immutable snapshots, so the index is memoised in a WeakMap keyed by the
 * structure object itself, and by its posts Map when that is frozen (the only parts it reads
 * are `posts` and `ceo`): a new snapshot with other posts gets a new index.
 *
 * Only live posts (status other than 'deleted') are indexed: a deleted post is not part of the live
 * structure, so it has no reports, no layer and no cost. The diff reads the raw records instead.
 *
 * Posts are numbered 0..n-1 in the order of the posts Map; the tree is held in typed arrays
 * (compressed child lists) because the measures walk it many times on large establishments.
 */
export interface OrgIndex {
	/** Live post ids, by position. */
	ids: string[];
	/** Live posts, by position. */
	posts: Post[];
	/** Post id → position, for live posts only. */
	position: Map<string, number>;
	/** Position of the line manager, or -1 (the top post, or a manager that is unknown or deleted). */
	parent: Int32Array;
	/** Children of position i are childList[childStart[i] .. childStart[i + 1]). */
	childStart: Int32Array;
	childList: Int32Array;
	/** Layer of each post: the CEO is 1; 0 when the post does not reach the CEO through reportsTo. */
	depth: Int32Array;
	/** Positions reachable from the CEO, in breadth-first order (managers before their reports). */
	order: Int32Array;
	/** Number of entries of `order` in use. */
	reachable: number;
	/** Position of the CEO, or -1 when s.ceo is not a live post. */
	ceo: number;
	/** Deepest layer (the number of layers). */
	maxDepth: number;
	/** Every key of the posts Map, deleted posts included, in its order. */
	recordIds: string[];
	/** The record's posts by the same order (deleted ones included): one enumeration, shared. */
	recordPosts: Post[];
}

const cache = new WeakMap<Structure, OrgIndex>();
/**
 * The index reads only `s.posts` and `s.ceo`, so it is also kept per posts Map: an edit that
 * leaves the posts alone (immer keeps the very same record object) reuses it.
 */
const byPosts = new WeakMap<Structure['posts'], { ceo: string; index: OrgIndex }>();

export function orgIndex(s: Structure): OrgIndex {
	let index = cache.get(s);
	if (!index) {
		const shared = byPosts.get(s.posts);
		// Only a frozen Map is known not to have changed since (a snapshot's posts are).
		if (shared && shared.ceo === s.ceo && Object.isFrozen(s.posts)) index = shared.index;
		else {
			index = buildIndex(s);
			byPosts.set(s.posts, { ceo: s.ceo, index });
		}
		cache.set(s, index);
	}
	return index;
}

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

export function isLive(post: Post | undefined): post is Post {
	return post !== undefined && post.status !== 'deleted';
}

/**
 * The last record's keys and which of them were live, with the ids and positions made from them:
 * a snapshot after an edit of one post usually has the same keys, in the same order, and the same
 * deleted posts, so its positions are the same and the id → position map need not be made again.
 */
let lastKeys:
	{ keys: string[]; deleted: Uint8Array; ids: string[]; position: Map<string, number> } | undefined;

function same<T extends ArrayLike<string | number>>(a: T, b: T): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function buildIndex(s: Structure): OrgIndex {
	// One pass over the Map, into preallocated arrays. forEach, because a for…of over the Map's
	// entries allocates an [id, post] pair for each (measured: 0.7 MB a pass at 12,000 posts).
	const size = s.posts.size;
	const keys: string[] = new Array(size);
	const deleted = new Uint8Array(size);
	const recordPosts: Post[] = new Array(size);
	let live = 0;
	let k = 0;
	s.posts.forEach((post, id) => {
		keys[k] = id;
		recordPosts[k] = post;
		if (post.status === 'deleted') deleted[k] = 1;
		else live++;
		k++;
	});
	// With nothing deleted the live posts are the record's, in the same order: one array for both.
	let posts = recordPosts;
	if (live < keys.length) {
		posts = new Array(live);
		for (let k = 0, i = 0; k < keys.length; k++) if (!deleted[k]) posts[i++] = recordPosts[k];
	}
	let ids: string[];
	let position: Map<string, number>;
	const last = lastKeys;
	if (last && same(last.keys, keys) && same(last.deleted, deleted)) {
		ids = last.ids.slice();
		position = last.position;
	} else {
		ids = new Array(live);
		position = new Map<string, number>();
		for (let k = 0, i = 0; k < keys.length; k++) {
			if (deleted[k]) continue;
			position.set(keys[k], i);
			ids[i++] = keys[k];
		}
		lastKeys = { keys, deleted, ids: ids.slice(), position };
	}
	const n = ids.length;
	const parent = new Int32Array(n);
	for (let i = 0; i < n; i++) parent[i] = managerPosition(posts[i], i, position);
	return {
		ids,
		posts,
		position,
		parent,
		...linesFrom(parent, position.get(s.ceo) ?? -1),
		recordIds: keys,
		recordPosts
	};
}

/** Position of a post's line manager, or -1 (none, unknown, deleted, or the post itself). */
function managerPosition(post: Post, i: number, position: Map<string, number>): number {
	const to = post.reportsTo;
	const p = to === undefined ? -1 : (position.get(to) ?? -1);
	// A post cannot manage itself; treat that as no manager so the escalation check reports it.
	return p === i ? -1 : p;
}

type Lines = Pick<
	OrgIndex,
	'childStart' | 'childList' | 'depth' | 'order' | 'reachable' | 'ceo' | 'maxDepth'
>;

/** The child lists and the breadth-first layers, from the managers' positions alone. */
function linesFrom(parent: Int32Array, ceo: number): Lines {
	const n = parent.length;
	const childStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
	for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
	const childList = new Int32Array(childStart[n]);
	const fill = childStart.slice(0, n);
	for (let i = 0; i < n; i++) {
		const p = parent[i];
		if (p >= 0) childList[fill[p]++] = i;
	}

	// Breadth-first from the CEO: posts in a reporting loop or cut off from the CEO stay at depth 0.
	const depth = new Int32Array(n);
	const order = new Int32Array(n);
	let reachable = 0;
	let maxDepth = 0;
	if (ceo >= 0) {
		depth[ceo] = 1;
		order[reachable++] = ceo;
		for (let head = 0; head < reachable; head++) {
			const i = order[head];
			const d = depth[i] + 1;
			for (let k = childStart[i]; k < childStart[i + 1]; k++) {
				const c = childList[k];
				if (depth[c] !== 0) continue;
				depth[c] = d;
				order[reachable++] = c;
			}
		}
		maxDepth = depth[order[reachable - 1]];
	}
	return { childStart, childList, depth, order, reachable, ceo, maxDepth };
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

/** Number of live direct reports of the post at position i. */
export function reportCount(index: OrgIndex, i: number): number {
	return index.childStart[i + 1] - index.childStart[i];
}

/** Live direct reports of a post, as ids. */
export function directReports(index: OrgIndex, postId: string): string[] {
	const i = index.position.get(postId);
	if (i === undefined) return [];
	const out: string[] = [];
	for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
		out.push(index.ids[index.childList[k]]);
	return out;
}

/** Line managers above a post, nearest first, up to the top of its chain (empty for the CEO). */
export function ancestors(index: OrgIndex, postId: string): string[] {
	const out: string[] = [];
	let i = index.position.get(postId);
	if (i === undefined) return out;
	// The step limit guards against reporting loops.
	for (let steps = 0; steps < index.ids.length; steps++) {
		i = index.parent[i];
		if (i < 0) break;
		out.push(index.ids[i]);
	}
	return out;
}

/**
 * The lowest post whose line chain contains both posts (a post counts as its own ancestor), or
 * undefined when the two chains never meet (one of them does not reach the CEO).
 */
export function lowestCommonManager(index: OrgIndex, a: string, b: string): string | undefined {
	let i = index.position.get(a);
	let j = index.position.get(b);
	if (i === undefined || j === undefined) return undefined;
	if (index.depth[i] === 0 || index.depth[j] === 0) return undefined;
	while (index.depth[i] > index.depth[j]) i = index.parent[i];
	while (index.depth[j] > index.depth[i]) j = index.parent[j];
	while (i !== j) {
		i = index.parent[i];
		j = index.parent[j];
	}
	return index.ids[i];
}

/**
 * Live posts below a post (its reports, their reports, and so on), nearest layer first; not the
 * post itself. These are the posts it cannot be made to report to without a loop.
 */
export function descendants(index: OrgIndex, postId: string): string[] {
	const self = index.position.get(postId);
	if (self === undefined) return [];
	const seen = new Set<number>([self]);
	const queue = [self];
	// Breadth-first; `seen` guards against a reporting loop through the post itself.
	for (let head = 0; head < queue.length; head++) {
		const i = queue[head];
		for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++) {
			const c = index.childList[k];
			if (seen.has(c)) continue;
			seen.add(c);
			queue.push(c);
		}
	}
	return queue.slice(1).map((i) => index.ids[i]);
}

/** A post in tree order, with how far it is nested below the post its walk started from. */
export interface TreeEntry {
	id: string;
	/** 0 for the Chief Executive (and for a post cut off from it, which starts a walk of its own). */
	level: number;
}

const byTitle = (a: Post, b: Post) => a.title.localeCompare(b.title);

/**
 * Every live post once, as an org chart reads top to bottom: the Chief Executive, then each report
 * followed by everyone below it, reports in `compare` order (by title unless told). Posts cut off
 * from the Chief Executive follow, in `compare` order, each with the posts below it.
 */
export function treeOrder(
	index: OrgIndex,
	compare: (a: Post, b: Post) => number = byTitle
): TreeEntry[] {
	const out: TreeEntry[] = [];
	const seen = new Uint8Array(index.ids.length);
	const order = (list: number[]) => list.sort((a, b) => compare(index.posts[a], index.posts[b]));
	// An explicit stack rather than recursion: a long chain of single reports must not overflow.
	const walk = (root: number) => {
		const stack: [number, number][] = [[root, 0]];
		while (stack.length) {
			const [i, level] = stack.pop()!;
			if (seen[i]) continue;
			seen[i] = 1;
			out.push({ id: index.ids[i], level });
			const kids: number[] = [];
			for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
				kids.push(index.childList[k]);
			order(kids);
			for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], level + 1]);
		}
	};
	if (index.ceo >= 0) walk(index.ceo);
	for (const i of order(index.ids.map((_, i) => i))) walk(i);
	return out;
}
