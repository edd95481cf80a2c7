import type { FundingSource, Structure } from '../model/types';
import { costArrays, fundingSplitOf, isAllGeneralFund, splitPence, zeroFunding } from './cost';
import { dayNumber, parseFinancialYear } from './financialYear';
import { fromPence } from './money';
import { orgIndex } from './orgIndex';

export interface FinancialYearCost {
	year: string;
	/** (1 + pay award)^(year's start − base year): grade points are priced at the base year. */
	payAwardFactor: number;
	total: number;
	byFunding: Record<FundingSource, number>;
	/** Live posts in post for part or all of the year. */
	posts: { postId: string; fraction: number; cost: number }[];
}

/**
 * Phased cost by financial year (1 April – 31 March). Each live post costs its full-year cost ×
 * the fraction of the year's days it is in post (between its start and end dates, inclusive;
 * no start means in post from before the year, no end means still in post after it) × the pay
 * award factor (1 + payAward)^(year's start − baseYear). The pay award is applied to the whole
 * cost, on-costs included; a real NI threshold would not rise with it, so this slightly overstates
 * NI in later years. Each post's cost is rounded to the penny and the total is their sum.
 */
export function costByFinancialYear(s: Structure, years: string[]): FinancialYearCost[] {
	const index = orgIndex(s);
	const totals = costArrays(s).total;
	const n = index.posts.length;
	// Dates parsed once for all years; NaN-free sentinels for open ends.
	const from = new Float64Array(n).fill(-Infinity);
	const to = new Float64Array(n).fill(Infinity);
	for (let i = 0; i < n; i++) {
		const p = index.posts[i];
		if (p.start) from[i] = dayNumber(p.start, `Post ${p.id} start`);
		if (p.end) to[i] = dayNumber(p.end, `Post ${p.id} end`);
	}
	const payAward = s.assumptions.payAward.value;
	const baseYear = s.assumptions.baseYear.value;
	const allGeneralFund = isAllGeneralFund(s.defaultFunding.split);
	return years.map((label) => {
		const fy = parseFinancialYear(label);
		const payAwardFactor = Math.pow(1 + payAward, fy.startYear - baseYear);
		const posts: FinancialYearCost['posts'] = [];
		const byFunding = zeroFunding();
		let total = 0;
		for (let i = 0; i < n; i++) {
			const first = Math.max(fy.firstDay, from[i]);
			const last = Math.min(fy.lastDay, to[i]);
			if (last < first) continue;
			const fraction = (last - first + 1) / fy.days;
			const pence = Math.round(totals[i] * fraction * payAwardFactor);
			const post = index.posts[i];
			if (post.funding === undefined && allGeneralFund) {
				// The common case, without allocating a split.
				byFunding.generalFund += pence;
			} else {
				const split = splitPence(pence, fundingSplitOf(s, post));
				byFunding.generalFund += split.generalFund;
				byFunding.hra += split.hra;
				byFunding.capital += split.capital;
				byFunding.grant += split.grant;
			}
			total += pence;
			posts.push({ postId: index.ids[i], fraction, cost: pence / 100 });
		}
		return {
			year: label,
			payAwardFactor,
			total: fromPence(total),
			byFunding: {
				generalFund: fromPence(byFunding.generalFund),
				hra: fromPence(byFunding.hra),
				capital: fromPence(byFunding.capital),
				grant: fromPence(byFunding.grant)
			},
			posts
		};
	});
}
