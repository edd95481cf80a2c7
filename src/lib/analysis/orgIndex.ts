/**
 * The line-management tree of a structure (OrgIndex) and the questions the measures ask of it.
 * How it is built and memoised is in orgIndexBuild.ts; how an edited snapshot's index is carried
 * from the one before is in orgIndexCarry.ts. Both are re-exported here, so callers import this.
 */
import type { Post } from '../model/types';
import type { OrgIndex } from './orgIndexBuild';

export { isLive, orgIndex, type OrgIndex } from './orgIndexBuild';
export { carriedFrom, carryIndex, type Carried } from './orgIndexCarry';

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
