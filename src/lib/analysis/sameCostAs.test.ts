import { describe, expect, it } from 'vitest';
import { makeStructure, post } from '$lib/testing/structure';
import { sameCostAs } from './sameCostAs';

/** ceo → a, b; a → a1, a2. */
function base() {
	return makeStructure({
		posts: [
			post('ceo', 'Chief Executive'),
			post('a', 'Director A', { reportsTo: 'ceo', remit: 'Places' }),
			post('b', 'Director B', { reportsTo: 'ceo' }),
			post('a1', 'Head A1', { reportsTo: 'a' }),
			post('a2', 'Head A2', { reportsTo: 'a' })
		]
	});
}

describe('sameCostAs', () => {
	it('counts the reporting lines and remits an option changes when its posts stay the same', () => {
		const option = base();
		option.posts.a1 = { ...option.posts.a1, reportsTo: 'b' };
		option.posts.a2 = { ...option.posts.a2, reportsTo: 'b' };
		option.posts.a = { ...option.posts.a, remit: 'Places and growth' };
		expect(sameCostAs(base(), option)).toEqual({ reportingLines: 2, remits: 1, otherPosts: 0 });
	});

	it('says nothing differs post by post for an identical copy', () => {
		expect(sameCostAs(base(), base())).toEqual({ reportingLines: 0, remits: 0, otherPosts: 0 });
	});

	it('is undefined once a post is created, deleted or regraded', () => {
		const added = base();
		added.posts.c = post('c', 'Director C', { reportsTo: 'ceo' });
		expect(sameCostAs(base(), added)).toBeUndefined();
		const removed = base();
		delete removed.posts.a2;
		expect(sameCostAs(base(), removed)).toBeUndefined();
		const regraded = base();
		regraded.posts.b = { ...regraded.posts.b, grade: 'chief-executive' };
		expect(sameCostAs(base(), regraded)).toBeUndefined();
	});

	it('counts a retitled post as another change', () => {
		const option = base();
		option.posts.b = { ...option.posts.b, title: 'Director of B' };
		expect(sameCostAs(base(), option)).toEqual({ reportingLines: 0, remits: 0, otherPosts: 1 });
	});
});
