import { describe, expect, it } from 'vitest';
import { STRUCTURE_TABS, structureTabOf, toQuery } from './links.ts';

describe('toQuery', () => {
	it('leaves out empty values and keeps the order given', () => {
		expect(toQuery({ version: 3, post: undefined, hide: '' })).toBe('version=3');
		expect(toQuery({ a: 'clt-2020', b: 'core delivery' })).toBe('a=clt-2020&b=core+delivery');
		expect(toQuery(new URLSearchParams('post=ceo&hide='))).toBe('post=ceo');
		expect(toQuery({})).toBe('');
	});

	it('lists the eight views of a structure, the overview first, then history and sharing', () => {
		expect(STRUCTURE_TABS.map((t) => t.label)).toEqual([
			'Overview',
			'Graph',
			'Spans',
			'Governance',
			'Accountability',
			'Costs',
			'History',
			'Sharing'
		]);
	});
});

describe('structureTabOf', () => {
	it('reads the tab from a path, whether or not a version is pinned', () => {
		expect(structureTabOf('/structures/clt-2020')).toBe('');
		expect(structureTabOf('/structures/clt-2020/')).toBe('');
		expect(structureTabOf('/structures/clt-2020@3/costs')).toBe('costs');
		expect(structureTabOf('/base/structures/option-a/history')).toBe('history');
		expect(structureTabOf('/structures/clt-2020/nowhere')).toBe('');
	});
});
