import type { Post, Structure } from './types';
import type { Path } from './validateCommon';

/** Loops in the two trees of a structure: line management (reportsTo) and units (parent). */

/** Each cycle in reportsTo once, naming its posts in order (a → b → a). */
export function checkLineManagementCycles(s: Structure, add: (at: Path, message: string) => void) {
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	// 1: on the current walk; 2: known to reach the top or a dead end.
	const state = new Map<string, 1 | 2>();
	for (const start of posts.keys()) {
		if (state.has(start)) continue;
		const walk: string[] = [];
		let cur: string | undefined = start;
		while (cur !== undefined && posts.get(cur) && !state.has(cur)) {
			state.set(cur, 1);
			walk.push(cur);
			const next: unknown = posts.get(cur)!.reportsTo;
			cur = typeof next === 'string' ? next : undefined;
		}
		if (cur !== undefined && state.get(cur) === 1) {
			const cycle = walk.slice(walk.indexOf(cur));
			const names = [...cycle, cur].join(' → ');
			add(
				['posts', cur, 'reportsTo'],
				`line management goes round in a circle: ${names}; change one of these posts' reportsTo so the chain reaches the Chief Executive`
			);
		}
		for (const p of walk) state.set(p, 2);
	}
}

export function checkUnitCycles(s: Structure, add: (at: Path, message: string) => void) {
	const units = s.units ?? {};
	const state = new Map<string, 1 | 2>();
	for (const start in units) {
		if (state.has(start)) continue;
		const walk: string[] = [];
		let cur: string | undefined = start;
		while (cur !== undefined && units[cur] && !state.has(cur)) {
			state.set(cur, 1);
			walk.push(cur);
			cur = units[cur].parent;
		}
		if (cur !== undefined && state.get(cur) === 1) {
			const cycle = walk.slice(walk.indexOf(cur));
			add(
				['units', cur, 'parent'],
				`units are each other's parents: ${[...cycle, cur].join(' → ')}; remove one parent`
			);
		}
		for (const u of walk) state.set(u, 2);
	}
}
