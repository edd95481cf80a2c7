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

/**
 * The memos: by structure object, and by posts Map. Written only by orgIndex below and by
 * carryIndex (orgIndexCarry.ts), which hands an edited snapshot the index made from its
 * predecessor's.
 */
export const cache = new WeakMap<Structure, OrgIndex>();
/**
 * The index reads only `s.posts` and `s.ceo`, so it is also kept per posts Map: an edit that
 * leaves the posts alone (immer keeps the very same record object) reuses it.
 */
export const byPosts = new WeakMap<Structure['posts'], { ceo: string; index: OrgIndex }>();

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
export function managerPosition(post: Post, i: number, position: Map<string, number>): number {
	const to = post.reportsTo;
	const p = to === undefined ? -1 : (position.get(to) ?? -1);
	// A post cannot manage itself; treat that as no manager so the escalation check reports it.
	return p === i ? -1 : p;
}

export type Lines = Pick<
	OrgIndex,
	'childStart' | 'childList' | 'depth' | 'order' | 'reachable' | 'ceo' | 'maxDepth'
>;

/** The child lists and the breadth-first layers, from the managers' positions alone. */
export function linesFrom(parent: Int32Array, ceo: number): Lines {
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
