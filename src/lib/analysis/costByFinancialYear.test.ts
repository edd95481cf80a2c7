import { describe, expect, it } from 'vitest';
import { costByFinancialYear } from './costByFinancialYear';
import { makeStructure, post } from '$lib/testing/structure';

function structure() {
	return makeStructure({
		posts: [
			post('ceo', 'CEO', { grade: 'chief-executive' }),
			post('new-director', 'New director', {
				reportsTo: 'ceo',
				start: '2021-07-01',
				end: '2022-09-30',
				funding: { generalFund: 60, hra: 40 }
			}),
			post('gone', 'Gone', { reportsTo: 'ceo', status: 'deleted' }),
			post('left', 'Left in 2020', { reportsTo: 'ceo', end: '2021-03-31' })
		]
	});
}

describe('costByFinancialYear', () => {
	it('costByFinancialYear phases a post by days in post and applies the pay award', () => {
		const [y1, y2] = costByFinancialYear(structure(), ['2021/22', '2022/23']);
		// Base year 2020, pay award 2.75%: 2021/22 × 1.0275; 2022/23 × 1.0275² = 1.05575625
		expect(y1.payAwardFactor).toBeCloseTo(1.0275, 12);
		expect(y2.payAwardFactor).toBeCloseTo(1.05575625, 12);
		// CEO all year: 228,610.94 × 1.0275 = 234,897.741… → 234,897.74
		expect(y1.posts[0]).toEqual({ postId: 'ceo', fraction: 1, cost: 234897.74 });
		// New director, 1 July 2021 – 31 March 2022: 274 of 365 days;
		// 192,011.26 × 274/365 × 1.0275 = 148,103.808… → 148,103.81
		expect(y1.posts[1].fraction).toBeCloseTo(274 / 365, 12);
		expect(y1.posts[1].cost).toBe(148103.81);
		// The post that ended on 31 March 2021 costs nothing in 2021/22; the deleted post never does.
		expect(y1.posts.map((p) => p.postId)).toEqual(['ceo', 'new-director']);
		// 234,897.74 + 148,103.81 = 383,001.55
		expect(y1.total).toBe(383001.55);
		// Funding: director 60% GF = 88,862.286 → 88,862.29, HRA the rest 59,241.52
		expect(y1.byFunding).toEqual({
			// 234,897.74 + 88,862.29 = 323,760.03
			generalFund: 323760.03,
			hra: 59241.52,
			capital: 0,
			grant: 0
		});
		// 2022/23: the director to 30 September 2022: 183 of 365 days;
		// 192,011.26 × 183/365 × 1.05575625 = 101,636.24
		expect(y2.posts[1]).toEqual({ postId: 'new-director', fraction: 183 / 365, cost: 101636.24 });
	});

	it('costByFinancialYear refuses a malformed year', () => {
		expect(() => costByFinancialYear(structure(), ['2021-22'])).toThrow(/not of the form 2021\/22/);
	});
});
