import { describe, expect, it } from 'vitest';
import { foldUnitPosts, foldsAbove } from './unitFolds';
import type { PostBrief } from './unitGraph';

/** r ─ a ─ a1 ─ x,  a ─ a2,  r ─ b ─ b1: seven posts in one unit. */
const brief = (id: string, manager?: string): PostBrief => ({
	id,
	title: id,
	gradeName: 'GR5',
	status: 'existing',
	unit: 'u',
	fte: 1,
	cost: 1000,
	reports: 0,
	...(manager ? { manager, managerUnit: 'u' } : {})
});
const posts = [
	brief('r'),
	brief('a', 'r'),
	brief('b', 'r'),
	brief('a1', 'a'),
	brief('a2', 'a'),
	brief('b1', 'b'),
	brief('x', 'a1')
];

describe('foldUnitPosts', () => {
	it('draws a small unit whole', () => {
		const f = foldUnitPosts(posts, new Set(), 7);
		expect(f.shown.map((p) => p.id)).toEqual(['r', 'a', 'b', 'a1', 'a2', 'b1', 'x']);
		expect(f.folds).toEqual([]);
	});

	it('past the cap, draws the layers that fit and folds the rest under each post', () => {
		// r, then a and b (3 posts); the next layer (a1, a2, b1) would make 6, past 4.
		const f = foldUnitPosts(posts, new Set(), 4);
		expect(f.shown.map((p) => p.id)).toEqual(['r', 'a', 'b']);
		expect(f.folds).toEqual([
			{ post: 'a', count: 3 },
			{ post: 'b', count: 1 }
		]);
		expect(f.foldOf.get('x')).toBe('below:a');
	});

	it('opens a fold one layer at a time, and names the folds above any post', () => {
		const f = foldUnitPosts(posts, new Set(['below:a']), 4);
		expect(f.shown.map((p) => p.id)).toEqual(['r', 'a', 'b', 'a1', 'a2']);
		expect(f.folds).toEqual([
			{ post: 'a1', count: 1 },
			{ post: 'b', count: 1 }
		]);
		expect(foldsAbove(posts, 'x')).toEqual(['below:r', 'below:a', 'below:a1']);
	});
});
