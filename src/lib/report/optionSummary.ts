import {
	costByFinancialYear,
	costChangeByFinancialYear,
	fromPence,
	runChecks,
	toPence,
	type Comparison,
	type FinancialYearCost
} from '$lib/analysis';
import {
	FUNDING_SOURCE_NAMES,
	FUNDING_SOURCES,
	type FundingSource,
	type Structure
} from '$lib/model/types';
import type { FinancialYearRow, FundingChangeRow, OptionSummary, PhasedPost } from './types';

const minus = (after: number, before: number) => fromPence(toPence(after) - toPence(before));

function phased(s: Structure, fy: FinancialYearCost, side: PhasedPost['side']): PhasedPost[] {
	return fy.posts
		.filter((p) => p.fraction < 1)
		.map((p) => {
			const post = s.posts.get(p.postId) ?? s.interimPosts?.[p.postId];
			return {
				postId: p.postId,
				title: post?.title ?? p.postId,
				fraction: p.fraction,
				cost: p.cost,
				side,
				...(post?.start ? { start: post.start } : {}),
				...(post?.end ? { end: post.end } : {})
			};
		});
}

/** The change in each financial year, phased by start and end dates, as the core costs it. */
export function financialYearRows(
	base: Structure,
	option: Structure,
	years: string[]
): FinancialYearRow[] {
	const before = costByFinancialYear(base, years);
	const after = costByFinancialYear(option, years);
	const change = costChangeByFinancialYear(base, option, years).years;
	return years.map((year, i) => {
		const a = before[i];
		const b = after[i];
		const c = change[i];
		const outgoing: PhasedPost[] = c.outgoingPosts.map((p) => ({
			postId: p.postId,
			title: p.title,
			fraction: p.fraction,
			cost: p.cost,
			side: 'outgoing',
			...(option.postsDeletedOn ? { end: option.postsDeletedOn.date } : {})
		}));
		return {
			year,
			payAwardFactor: b.payAwardFactor,
			payAwardFactorBase: a.payAwardFactor,
			before: a.total,
			after: b.total,
			outgoing: c.outgoing,
			change: c.change,
			byFundingChange: c.changeByFunding,
			phasing: [...phased(base, a, 'base'), ...phased(option, b, 'option'), ...outgoing]
		};
	});
}

/** The option's headline figures beside the base's: the first table of the report. */
export function optionSummary(
	base: Structure,
	option: Structure,
	comparison: Comparison,
	years: string[],
	byFundingBefore: Record<FundingSource, number>,
	byFundingAfter: Record<FundingSource, number>
): OptionSummary {
	const diff = comparison.diff;
	const byFunding: FundingChangeRow[] = FUNDING_SOURCES.filter(
		(src) => byFundingBefore[src] !== 0 || byFundingAfter[src] !== 0
	).map((src) => ({
		source: src,
		name: FUNDING_SOURCE_NAMES[src],
		before: byFundingBefore[src],
		after: byFundingAfter[src],
		change: minus(byFundingAfter[src], byFundingBefore[src])
	}));
	const violations = (s: Structure) => runChecks(s).flatMap((r) => r.violations);
	const afterViolations = violations(option);
	return {
		annualCostBefore: diff.cost.before,
		annualCostAfter: diff.cost.after,
		annualCostChange: comparison.annualCostChange,
		byFunding,
		years: financialYearRows(base, option, years),
		...(option.postsDeletedOn ? { postsDeletedOn: option.postsDeletedOn } : {}),
		ceoSpan: comparison.ceoSpan,
		ceoSpanWithOffice: diff.spans.ceoSpanWithOffice,
		averageSpan: comparison.averageSpan,
		layers: comparison.layers,
		livePosts: diff.livePosts,
		failedChecks: {
			before: violations(base).length,
			after: afterViolations.length,
			afterViolations
		},
		postsCreated: comparison.postsCreated,
		postsDeleted: comparison.postsDeleted,
		postsChanged: comparison.postsChanged,
		servicesMoved: comparison.servicesMoved
	};
}
