import { describe, expect, it } from 'vitest';
import { diffStructures } from './diff';
import { changed2020, clt2020 } from '$lib/testing/councils';
import { toWaterfallSteps } from './waterfall';

describe('toWaterfallSteps', () => {
	it('toWaterfallSteps chains from the old total to the new total to the penny', () => {
		const steps = toWaterfallSteps(diffStructures(clt2020(), changed2020()));
		expect(steps.map((s) => [s.kind, s.label, s.delta, s.start, s.end])).toEqual([
			['old-total', 'Old total', 3323943.4, 0, 3323943.4],
			// 3,323,943.40 − 192,011.26 = 3,131,932.14
			[
				'deleted',
				'Director of HR and Organisational Development deleted',
				-192011.26,
				3323943.4,
				3131932.14
			],
			// 3,131,932.14 − 192,011.26 = 2,939,920.88
			['deleted', 'Assistant Chief Executive deleted', -192011.26, 3131932.14, 2939920.88],
			// 2,939,920.88 + 192,011.26 = 3,131,932.14
			['created', 'Director of City Management created', 192011.26, 2939920.88, 3131932.14],
			// 3,131,932.14 + 83,664.00 = 3,215,596.14 = the new total
			[
				'regraded',
				'Assistant Director 1, Neighbourhoods regraded Assistant Director → JNC Director',
				83664,
				3131932.14,
				3215596.14
			],
			['new-total', 'New total', 3215596.14, 0, 3215596.14]
		]);
		expect(steps[1].postId).toBe('director-hr');
	});

	it('toWaterfallSteps gives just the two totals when nothing costs more or less', () => {
		const a = clt2020();
		const b = structuredClone(a);
		b.posts.get('city-solicitor')!.title = 'Head of Legal';
		const steps = toWaterfallSteps(diffStructures(a, b));
		expect(steps.map((s) => s.kind)).toEqual(['old-total', 'new-total']);
		expect(steps[0].end).toBe(steps[1].end);
	});
});
