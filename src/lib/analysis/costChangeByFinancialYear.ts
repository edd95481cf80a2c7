import {
	FUNDING_SOURCES,
	type DatedAssumption,
	type FundingSource,
	type Structure
} from '../model/types';
import { costInPence, fundingSplitOf, splitPence, zeroFunding } from './cost';
import { costByFinancialYear } from './costByFinancialYear';
import { dayNumber, parseFinancialYear } from './financialYear';
import { fromPence, toPence } from './money';
import { isLive } from './orgIndex';

/** A post the later structure deletes, costed for the part of a year it is still in post. */
export interface OutgoingPost {
	postId: string;
	title: string;
	/** Share of the year's days in post before it is deleted. */
	fraction: number;
	cost: number;
}

export interface FinancialYearChange {
	year: string;
	/** The earlier structure's cost in the year, phased by its own dates. */
	before: number;
	/** The later structure's cost in the year, phased by its posts' start and end dates. */
	after: number;
	/** Posts the later structure deletes, still paid in the year until b.postsDeletedOn. */
	outgoing: number;
	outgoingPosts: OutgoingPost[];
	/** after + outgoing − before. */
	change: number;
	changeByFunding: Record<FundingSource, number>;
}

export interface CostChangeByFinancialYear {
	years: FinancialYearChange[];
	/** When the deleted posts go (b's assumption), or undefined: then they go before the first year. */
	postsDeletedOn?: DatedAssumption;
}

/**
 * The in-year cost of moving from a to b. New and changed posts are phased by their own start
 * and end dates (costByFinancialYear); posts live in a but not in b are still in post until
 * b.postsDeletedOn (an assumption the structure names), costed at a's grade points, on-costs and
 * pay award. Without that date they are taken to go before the first year. A deleted post that b
 * keeps as an interim post (b.interimPosts, same id) goes when that interim post ends instead.
 */
export function costChangeByFinancialYear(
	a: Structure,
	b: Structure,
	years: string[]
): CostChangeByFinancialYear {
	const before = costByFinancialYear(a, years);
	const after = costByFinancialYear(b, years);
	const deletedOn = b.postsDeletedOn;
	const leaveDay = deletedOn ? dayNumber(deletedOn.date, 'postsDeletedOn') : -Infinity;
	// Without a date the deleted posts go before the first year: they add nothing. A deleted post
	// b keeps as an interim post is costed by b for the days it covers, not here.
	const leaving = deletedOn
		? [...a.posts.values()].filter(
				(p) => isLive(p) && !isLive(b.posts.get(p.id)) && !b.interimPosts?.[p.id]
			)
		: [];
	const payAward = a.assumptions.payAward.value;
	const baseYear = a.assumptions.baseYear.value;

	return {
		...(deletedOn ? { postsDeletedOn: deletedOn } : {}),
		years: years.map((label, i) => {
			const fy = parseFinancialYear(label);
			const factor = Math.pow(1 + payAward, fy.startYear - baseYear);
			const outgoingPosts: OutgoingPost[] = [];
			const outgoingByFunding = zeroFunding();
			let outgoing = 0;
			for (const post of leaving) {
				const from = Math.max(fy.firstDay, post.start ? dayNumber(post.start, post.id) : -Infinity);
				const to = Math.min(
					fy.lastDay,
					leaveDay,
					post.end ? dayNumber(post.end, post.id) : Infinity
				);
				if (to < from) continue;
				const fraction = (to - from + 1) / fy.days;
				const pence = Math.round(
					costInPence(post, a.grades, a.assumptions).total * fraction * factor
				);
				outgoing += pence;
				const split = splitPence(pence, fundingSplitOf(a, post));
				for (const src of FUNDING_SOURCES) outgoingByFunding[src] += split[src];
				outgoingPosts.push({
					postId: post.id,
					title: post.title,
					fraction,
					cost: fromPence(pence)
				});
			}
			const changeByFunding = zeroFunding();
			for (const src of FUNDING_SOURCES)
				changeByFunding[src] = fromPence(
					toPence(after[i].byFunding[src]) +
						outgoingByFunding[src] -
						toPence(before[i].byFunding[src])
				);
			return {
				year: label,
				before: before[i].total,
				after: after[i].total,
				outgoing: fromPence(outgoing),
				outgoingPosts,
				change: fromPence(toPence(after[i].total) + outgoing - toPence(before[i].total)),
				changeByFunding
			};
		})
	};
}
