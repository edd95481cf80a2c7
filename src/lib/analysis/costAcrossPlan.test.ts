import { describe, expect, it } from 'vitest';
import { makeStructure, post, standardAssumptions } from '$lib/testing/structure';
import type { Assumptions } from '../model/types';
import { PLAN_YEARS, costAcrossPlan, yearRates } from './costAcrossPlan';

const note = { kind: 'assumption', note: 'test' } as const;
function planAssumptions(): Assumptions {
	return {
		...standardAssumptions(),
		payAward2021: { label: 'Pay award 2021/22', value: 0.02, unit: 'rate', provenance: note },
		employerNiThreshold2021: {
			label: 'NI threshold 2021/22',
			value: 8840,
			unit: 'pounds',
			provenance: note
		},
		payAward2022: { label: 'Pay award 2022/23', value: 0.03, unit: 'rate', provenance: note }
	};
}
const ceo = post('ceo', 'Chief Executive', { grade: 'chief-executive' });
const a = makeStructure({ posts: [ceo], assumptions: planAssumptions() });
const b = makeStructure({
	posts: [ceo, post('dir', 'Director', { reportsTo: 'ceo', start: '2021-10-01' })],
	assumptions: planAssumptions()
});

describe('costAcrossPlan', () => {
	it('reads each year’s own assumption, else the general one, and compounds the awards', () => {
		const r = yearRates(b, 2022);
		// 1.02 × 1.03 = 1.0506; NI threshold 2022/23 not given: the general £8,788.
		expect(r.payFactor).toBeCloseTo(1.0506, 10);
		expect(r.keys).toEqual({
			payAward: 'payAward2022',
			employerNiRate: 'employerNiRate',
			employerNiThreshold: 'employerNiThreshold',
			employerPensionRate: 'employerPensionRate'
		});
		expect(yearRates(b, 2023).payAward).toBe(0.0275);
	});

	it('costs a new post from its start with the year’s pay award and rates, worked by hand', () => {
		const [y2122, y2223] = costAcrossPlan(a, b);
		expect(PLAN_YEARS).toEqual(['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']);
		// 2021/22: pay 145,500 × 1.02 = 148,410.00; NI (148,410 − 8,840) × 13.8% = 19,260.66;
		// pension 28,197.90; total 195,868.56 × 182/365 days = 97,665.97. The CEO is in both.
		expect(y2122.change).toBe(97665.97);
		expect(y2122.revenueChange).toBe(97665.97);
		// 2022/23: pay 145,500 × 1.0506 = 152,862.30; NI (152,862.30 − 8,788) × 13.8% = 19,882.25;
		// pension 29,043.84; total 201,788.39, the whole year.
		expect(y2223.change).toBe(201788.39);
		expect(y2223.changeByFunding.generalFund).toBe(201788.39);
	});
});
