/**
 * The least the arithmetic could cost: spans, the span histogram, layers and FTE over typed arrays
 * already in memory. Every timed line is set against this pass over the same posts, timed in the
 * same run, so the ratio says what the real code costs over it whatever the machine's load.
 */
import type { Structure } from '../../src/lib/model/types.ts';
import { time, type Timing } from './stats.ts';

export interface PostArrays {
	/** Position of the line manager, managers before their reports (breadth first); -1 at the top. */
	parent: Int32Array;
	fte: Float64Array;
}

export function typedArrayPass({ parent, fte }: PostArrays): number {
	const n = parent.length;
	const reports = new Int32Array(n);
	for (let i = 0; i < n; i++) if (parent[i] >= 0) reports[parent[i]]++;
	const histogram = new Int32Array(64);
	let managers = 0;
	for (let i = 0; i < n; i++)
		if (reports[i] > 0) {
			managers++;
			histogram[Math.min(reports[i], 63)]++;
		}
	// Rows come managers first (breadth first), so one pass gives every depth.
	const depth = new Int32Array(n);
	let layers = 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		depth[i] = parent[i] < 0 ? 1 : depth[parent[i]] + 1;
		if (depth[i] > layers) layers = depth[i];
		total += fte[i];
	}
	return managers + layers + total + histogram[1];
}

/** A structure's posts as typed arrays, breadth first from the top post (outside any timing). */
export function postArrays(s: Structure): PostArrays {
	const children = new Map<string, string[]>();
	for (const [id, post] of s.posts) {
		const to = post.reportsTo;
		if (to !== undefined) children.set(to, [...(children.get(to) ?? []), id]);
	}
	const order = [s.ceo];
	for (let head = 0; head < order.length; head++) order.push(...(children.get(order[head]) ?? []));
	const position = new Map(order.map((id, i) => [id, i]));
	return {
		parent: Int32Array.from(order, (id) => position.get(s.posts.get(id)!.reportsTo ?? '') ?? -1),
		fte: Float64Array.from(order, (id) => s.posts.get(id)!.fte)
	};
}

export function timeBaseline(s: Structure, runs: number): Timing {
	const arrays = postArrays(s);
	return time(typedArrayPass, () => arrays, { runs: runs * 20, warmup: 20 });
}

/** "n× the typed-array pass", for a row's note (medians over medians). */
export function ratioNote(median: number, base: Timing): string {
	return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(median / base.median)}× the typed-array pass`;
}
