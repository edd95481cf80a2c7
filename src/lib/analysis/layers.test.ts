import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { makeStructure, post } from '$lib/testing/structure';
import { layers } from './layers';

describe('layers', () => {
	it('layers counts the CEO as layer 1', () => {
		// CEO; 10 directors + office; 10 assistant directors.
		const report = layers(clt2020());
		expect(report.count).toBe(3);
		expect(report.postsPerLayer).toEqual([1, 11, 10]);
		expect(report.depthByPost['ceo']).toBe(1);
		expect(report.depthByPost['head-ceo-office']).toBe(2);
		expect(report.depthByPost['ad-neighbourhoods-1']).toBe(3);
		expect(report.unplaced).toEqual([]);
	});

	it('leaves posts in a reporting loop or under a deleted post unplaced', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('x', 'X', { reportsTo: 'y' }),
				post('y', 'Y', { reportsTo: 'x' }),
				post('gone', 'Gone', { reportsTo: 'ceo', status: 'deleted' }),
				post('orphan', 'Orphan', { reportsTo: 'gone' })
			]
		});
		const report = layers(s);
		expect(report.count).toBe(1);
		expect(report.postsPerLayer).toEqual([1]);
		expect(report.unplaced).toEqual(['x', 'y', 'orphan']);
		expect(report.depthByPost).toEqual({ ceo: 1 });
	});
});
