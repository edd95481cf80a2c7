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
		option.posts = new Map(option.posts).set('a1', { ...option.posts.get('a1')!, reportsTo: 'b' });
		option.posts = new Map(option.posts).set('a2', { ...option.posts.get('a2')!, reportsTo: 'b' });
		option.posts = new Map(option.posts).set('a', {
			...option.posts.get('a')!,
			remit: 'Places and growth'
		});
		expect(sameCostAs(base(), option)).toEqual({ reportingLines: 2, remits: 1, otherPosts: 0 });
	});

	it('says nothing differs post by post for an identical copy', () => {
		expect(sameCostAs(base(), base())).toEqual({ reportingLines: 0, remits: 0, otherPosts: 0 });
	});

	it('is undefined once a post is created, deleted or regraded', () => {
		const added = base();
		added.posts = new Map(added.posts).set('c', post('c', 'Director C', { reportsTo: 'ceo' }));
		expect(sameCostAs(base(), added)).toBeUndefined();
		const removed = base();
		removed.posts = new Map([...removed.posts].filter(([id]) => id !== 'a2'));
		expect(sameCostAs(base(), removed)).toBeUndefined();
		const regraded = base();
		regraded.posts = new Map(regraded.posts).set('b', {
			...regraded.posts.get('b')!,
			grade: 'chief-executive'
		});
		expect(sameCostAs(base(), regraded)).toBeUndefined();
	});

	it('counts a retitled post as another change', () => {
		const option = base();
		option.posts = new Map(option.posts).set('b', {
			...option.posts.get('b')!,
			title: 'Director of B'
		});
		expect(sameCostAs(base(), option)).toEqual({ reportingLines: 0, remits: 0, otherPosts: 1 });
	});
});
