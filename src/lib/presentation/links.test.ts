import { describe, expect, it } from 'vitest';
import { compareHref, structureHref } from './links.ts';

describe('structureHref', () => {
	it('links to a tab and keeps the version asked for', () => {
		expect(structureHref('clt-2020')).toBe('/structures/clt-2020');
		expect(structureHref('clt-2020', 'graph', 3)).toBe('/structures/clt-2020/graph?version=3');
		expect(structureHref('a b', 'graph', undefined, { post: 'ceo', hide: undefined })).toBe(
			'/structures/a%20b/graph?post=ceo'
		);
	});

	it('builds the compare link for a pair', () => {
		expect(compareHref('clt-2020', 'core-delivery-2021')).toBe(
			'/compare?a=clt-2020&b=core-delivery-2021'
		);
	});
});
