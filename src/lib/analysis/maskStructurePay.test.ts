import { describe, expect, it } from 'vitest';
import { clt2020 } from '../testing/councils';
import { maskStructurePay } from './maskStructurePay';
import { unitTotals } from './unitTotals';

describe('maskStructurePay', () => {
	it('maskStructurePay drops every salary and grade point but keeps each unit’s cost', () => {
		const s = clt2020();
		s.posts = new Map(s.posts).set('city-solicitor', {
			...s.posts.get('city-solicitor')!,
			salary: 99_000
		});
		const masked = maskStructurePay(s);
		// The masked structure is the JSON form that goes out: its posts an object keyed by id.
		const maskedPosts: Record<string, object> = masked.posts;
		expect(Object.values(maskedPosts).some((p) => 'salary' in p)).toBe(false);
		expect(Object.values(masked.grades).map((g) => [g.point, g.min, g.max])).toEqual(
			Object.keys(s.grades).map(() => [null, null, null])
		);
		// The grade names, titles and FTE stay.
		expect(masked.grades['jnc-director'].name).toBe('JNC Director');
		expect(masked.posts['city-solicitor'].title).toBe(s.posts.get('city-solicitor')!.title);
		const totals = unitTotals(s);
		for (const id of Object.keys(s.units))
			expect(masked.unitCosts[id]).toEqual({ own: totals[id].own.cost, all: totals[id].all.cost });
		expect(masked.payMasked).toBe(true);
		// The structure given is left as it was.
		expect(s.posts.get('city-solicitor')!.salary).toBe(99_000);
	});

	it('maskStructurePay’s unit costs add up to the whole structure’s £3,323,943.40', () => {
		const masked = maskStructurePay(clt2020());
		const top = Object.entries(masked.unitCosts)
			.filter(([id]) => !clt2020().units[id].parent)
			.reduce((sum, [, c]) => sum + c.all * 100, 0);
		expect(Math.round(top) / 100).toBe(3_323_943.4);
	});
});
