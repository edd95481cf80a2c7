import { describe, expect, it } from 'vitest';
import { mappingFixture } from '$lib/testing/mappingFixture';
import { sameContent } from './sameContent';

describe('sameContent', () => {
	it('sameContent counts a copy under another id, name and base as the same', () => {
		const base = mappingFixture();
		const copy = { ...structuredClone(base), id: 'copy', name: 'A copy', derivedFrom: base.id };
		expect(sameContent(base, copy)).toBe(true);
	});

	it('sameContent sees a retitled post or a changed description as a change', () => {
		const base = mappingFixture();
		const retitled = structuredClone(base);
		const [first] = [...retitled.posts.keys()];
		retitled.posts.get(first)!.title = 'Chief Executive and Head of Paid Service';
		expect(sameContent(base, retitled)).toBe(false);
		expect(sameContent(base, { ...base, description: 'Another description' })).toBe(false);
	});
});
