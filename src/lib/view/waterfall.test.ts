import { describe, expect, it } from 'vitest';
import { diffStructures, toWaterfallSteps } from '../analysis/index.ts';
import { waterfallRows } from './waterfall.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';

describe('waterfallRows', () => {
	it('words each bar with its kind, signed change and running total', () => {
		const a = mappingFixture();
		const b = mappingFixture();
		b.posts = new Map([...b.posts].filter(([id]) => id !== 'head-office'));
		const rows = waterfallRows(toWaterfallSteps(diffStructures(a, b)));
		// Old total 723,557.04 (see headlines.test.ts); deleting the head of office saves 108,347.26.
		expect(rows.map((r) => [r.kindName, r.amount, r.runningTotal])).toEqual([
			['Old total', '£723,557', '£723,557'],
			['Deleted', '−£108,347', '£615,210'],
			['New total', '£615,210', '£615,210']
		]);
		expect(rows[1].description).toMatch(/^Deleted: .+, −£108,347, bringing the total to £615,210$/);
		expect(rows[0].total).toBe(true);
	});
});
