import { describe, expect, it } from 'vitest';
import { clt2020, coreDelivery2021 } from '$lib/testing/councils';
import { makeStructure, post, unit } from '$lib/testing/structure';
import { joiningUp } from './joiningUp';

describe('joiningUp', () => {
	it('joiningUp finds every pair of 2020 directorates meets only at the CEO', () => {
		const report = joiningUp(clt2020());
		// Five directorates: 5 × 4 / 2 = 10 pairs, every one meeting first at the CEO.
		expect(report.pairs).toHaveLength(10);
		expect(report.onlyAtCeo).toBe(10);
		expect(report.pairs.every((p) => p.meetsAt === 'ceo' && p.meetsOnlyAtCeo)).toBe(true);
		// Both directors sit at CLT (the CEO's direct reports) and EMT (all directors).
		expect(report.pairs[0]).toEqual({
			a: 'neighbourhoods',
			b: 'digital-customer',
			leadA: 'director-neighbourhoods',
			leadB: 'director-digital-customer',
			meetsAt: 'ceo',
			meetsOnlyAtCeo: true,
			forums: ['clt', 'emt']
		});
		expect(report.withoutForum).toBe(0);
	});

	it('joiningUp reaches the Trust through its commissioner and finds meeting points below the CEO', () => {
		const report = joiningUp(coreDelivery2021());
		const at = Object.fromEntries(report.pairs.map((p) => [`${p.a}/${p.b}`, p.meetsAt]));
		expect(at).toEqual({
			// both Managing Directors report to the Purpose Director: Places
			'city-operations/city-housing': 'pd-places',
			'city-operations/city-life-courses': 'ceo',
			'city-operations/childrens-trust': 'ceo',
			'city-housing/city-life-courses': 'ceo',
			'city-housing/childrens-trust': 'ceo',
			// the Trust's lead is its commissioner, the Purpose Director: City Futures, who also
			// manages the MD City Life Courses
			'city-life-courses/childrens-trust': 'pd-city-futures'
		});
		expect(report.onlyAtCeo).toBe(4);
		expect(report.pairs.find((p) => p.b === 'childrens-trust')?.leadB).toBe('pd-city-futures');
		// All directors sit in the four monthly groups.
		expect(report.pairs[0].forums).toEqual([
			'strategy-group',
			'performance-group',
			'assurance-group',
			'leadership-group'
		]);
	});

	it('joiningUp reports a delivery function with no lead as not joined', () => {
		const s = makeStructure({
			posts: [post('ceo', 'CEO'), post('h', 'Head A', { reportsTo: 'ceo', unit: 'a' })],
			units: [
				unit('a', 'A', { deliveryFunction: true, head: 'h' }),
				unit('b', 'B', { deliveryFunction: true })
			]
		});
		const report = joiningUp(s);
		expect(report.pairs).toEqual([
			{ a: 'a', b: 'b', leadA: 'h', leadB: null, meetsAt: null, meetsOnlyAtCeo: false, forums: [] }
		]);
		expect([report.onlyAtCeo, report.notJoined, report.withoutForum]).toEqual([0, 1, 1]);
	});
});
