import { describe, expect, it } from 'vitest';
import { costChangeByFinancialYear } from './costChangeByFinancialYear';
import { makeStructure, post } from '$lib/testing/structure';

/** Before: a CEO and an old director. After: the old director goes, a new one starts 1 July 2021. */
function before() {
	return makeStructure({
		posts: [
			post('ceo', 'CEO', { grade: 'chief-executive' }),
			post('old-director', 'Old director', { reportsTo: 'ceo' })
		]
	});
}

function after(deletedOn?: string) {
	return {
		...makeStructure({
			posts: [
				post('ceo', 'CEO', { grade: 'chief-executive' }),
				post('new-director', 'New director', { reportsTo: 'ceo', start: '2021-07-01' })
			]
		}),
		...(deletedOn
			? { postsDeletedOn: { date: deletedOn, provenance: { kind: 'assumption', note: 'test' } } }
			: {})
	} as ReturnType<typeof makeStructure>;
}

describe('costChangeByFinancialYear', () => {
	it('costChangeByFinancialYear keeps a deleted post in post until postsDeletedOn', () => {
		const [y1, y2] = costChangeByFinancialYear(before(), after('2021-09-30'), [
			'2021/22',
			'2022/23'
		]).years;
		// A director costs 192,011.26 a year (145,500 + NI 18,866.26 + pension 27,645).
		// 2021/22 (pay award × 1.0275):
		//   old director 1 April – 30 September 2021: 183 of 365 days:
		//     192,011.26 × 183/365 × 1.0275 = 98,916.047…  → 98,916.05
		//   new director 1 July 2021 – 31 March 2022: 274 of 365 days → 148,103.81
		//   full-year before: 192,011.26 × 1.0275 = 197,291.57
		//   change = 148,103.81 + 98,916.05 − 197,291.57 = 49,728.29 (overlap of three months)
		expect(y1.outgoingPosts).toEqual([
			{ postId: 'old-director', title: 'Old director', fraction: 183 / 365, cost: 98916.05 }
		]);
		expect(y1.outgoing).toBe(98916.05);
		expect(y1.change).toBe(49728.29);
		expect(y1.changeByFunding.generalFund).toBe(49728.29);
		// 2022/23: both directors cost the same full year, the old one is gone: no change.
		expect(y2.outgoing).toBe(0);
		expect(y2.change).toBe(0);
	});

	it('costChangeByFinancialYear without postsDeletedOn takes deleted posts as gone before the year', () => {
		const result = costChangeByFinancialYear(before(), after(), ['2021/22']);
		expect(result.postsDeletedOn).toBeUndefined();
		// 148,103.81 − 197,291.57 = −49,187.76
		expect(result.years[0].change).toBe(-49187.76);
		expect(result.years[0].outgoingPosts).toEqual([]);
	});
});
