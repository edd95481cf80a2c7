import { describe, expect, it } from 'vitest';
import { toLayerColumns } from './layerColumns.ts';

describe('toLayerColumns', () => {
	it('toLayerColumns numbers layers from 1 at the Chief Executive', () => {
		const cols = toLayerColumns([1, 11, 4]);
		expect(cols.map((c) => [c.label, c.value])).toEqual([
			['1', 1],
			['2', 11],
			['3', 4]
		]);
		expect(cols[0].description).toBe('Layer 1 (Chief Executive): 1 post');
		expect(cols[1].description).toBe('Layer 2: 11 posts');
	});
});
