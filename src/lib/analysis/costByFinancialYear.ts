import type { FundingSource, Structure } from '../model/types';
import type { Post } from '../model/types';
import { costArrays, costInPence, fundingSplitOf, splitPence, zeroFunding } from './cost';
import type { CostArrays } from './costArrays';
import { dayNumber, parseFinancialYear } from './financialYear';
import { lazyProperty } from './memo';
import { fromPence } from './money';
import { orgIndex } from './orgIndex';
import { postFacts } from './postFacts';

export interface FinancialYearCost {
	year: string;
	/** (1 + pay award)^(year's start − base year): grade points are priced at the base year. */
	payAwardFactor: number;
	total: number;
	byFunding: Record<FundingSource, number>;
	/** Live posts in post for part or all of the year (built on first read). */
	posts: { postId: string; fraction: number; cost: number }[];
}

interface PostDates {
	/** First and last day in post by orgIndex position; ±Infinity for an open end. */
	from: Float64Array;
	to: Float64Array;
}

const datesCache = new WeakMap<Structure, PostDates>();

/** Start and end days of every live post, parsed once per structure (each distinct date once). */
function postDates(s: Structure): PostDates {
	let dates = datesCache.get(s);
	if (!dates) {
		const posts = orgIndex(s).posts;
		const from = new Float64Array(posts.length).fill(-Infinity);
		const to = new Float64Array(posts.length).fill(Infinity);
		// Only the few dated posts need reading (postFacts lists them).
		const days = new Map<string, number>();
		const day = (iso: string, what: string) => {
			let d = days.get(iso);
			if (d === undefined) {
				d = dayNumber(iso, what);
				days.set(iso, d);
			}
			return d;
		};
		for (const i of postFacts(s).liveDated) {
			const p = posts[i];
			if (p.start !== undefined) from[i] = day(p.start, `Post ${p.id} start`);
			if (p.end !== undefined) to[i] = day(p.end, `Post ${p.id} end`);
		}
		dates = { from, to };
		datesCache.set(s, dates);
	}
	return dates;
}

/**
 * Phased cost by financial year (1 April – 31 March). Each live post costs its full-year cost ×
 * the fraction of the year's days it is in post (between its start and end dates, inclusive;
 * no start means in post from before the year, no end means still in post after it) × the pay
 * award factor (1 + payAward)^(year's start − baseYear). The pay award is applied to the whole
 * cost, on-costs included; a real NI threshold would not rise with it, so this slightly overstates
 * NI in later years. Each post's cost is rounded to the penny and the total is their sum.
 * Interim posts (s.interimPosts) are costed the same way for the days they cover.
 */
export function costByFinancialYear(s: Structure, years: string[]): FinancialYearCost[] {
	const index = orgIndex(s);
	const c = costArrays(s);
	const totals = c.total;
	const { from, to } = postDates(s);
	const n = index.posts.length;
	const payAward = s.assumptions.payAward.value;
	const baseYear = s.assumptions.baseYear.value;
	const interim = Object.values(s.interimPosts ?? {});
	return years.map((label) => {
		const fy = parseFinancialYear(label);
		const payAwardFactor = Math.pow(1 + payAward, fy.startYear - baseYear);
		const penceOf = (i: number): number => yearPence(totals[i], from[i], to[i], fy, payAwardFactor);
		const byFunding = zeroFunding();
		let total = 0;
		const interimRows: FinancialYearCost['posts'] = [];
		for (const post of interim) {
			const days = daysInYear(post, fy.firstDay, fy.lastDay);
			if (days === 0) continue;
			const pence = Math.round(
				costInPence(post, s.grades, s.assumptions).total * (days / fy.days) * payAwardFactor
			);
			total += pence;
			const split = splitPence(pence, fundingSplitOf(s, post));
			byFunding.generalFund += split.generalFund;
			byFunding.hra += split.hra;
			byFunding.capital += split.capital;
			byFunding.grant += split.grant;
			interimRows.push({ postId: post.id, fraction: days / fy.days, cost: pence / 100 });
		}
		const posts = sumPosts(s, index.posts, totals, c.funding, from, to, fy, payAwardFactor);
		total += posts.total;
		byFunding.generalFund += posts.generalFund;
		byFunding.hra += posts.hra;
		byFunding.capital += posts.capital;
		byFunding.grant += posts.grant;
		const year = {
			year: label,
			payAwardFactor,
			total: fromPence(total),
			byFunding: {
				generalFund: fromPence(byFunding.generalFund),
				hra: fromPence(byFunding.hra),
				capital: fromPence(byFunding.capital),
				grant: fromPence(byFunding.grant)
			}
		};
		return lazyProperty(year, 'posts', () => {
			const rows: FinancialYearCost['posts'] = [];
			for (let i = 0; i < n; i++) {
				const pence = penceOf(i);
				if (pence < 0) continue;
				const first = from[i] > fy.firstDay ? from[i] : fy.firstDay;
				const last = to[i] < fy.lastDay ? to[i] : fy.lastDay;
				rows.push({
					postId: index.ids[i],
					fraction: (last - first + 1) / fy.days,
					cost: pence / 100
				});
			}
			return [...rows, ...interimRows];
		});
	});
}

/** Every live post's pence in the year, in all and by funding source. */
function sumPosts(
	s: Structure,
	posts: readonly Post[],
	totals: Float64Array,
	funding: CostArrays['funding'],
	from: Float64Array,
	to: Float64Array,
	fy: { firstDay: number; lastDay: number; days: number },
	payAwardFactor: number
): { total: number } & Record<FundingSource, number> {
	let total = 0;
	let generalFund = 0;
	let hra = 0;
	let capital = 0;
	let grant = 0;
	for (let i = 0; i < posts.length; i++) {
		const pence = yearPence(totals[i], from[i], to[i], fy, payAwardFactor);
		if (pence < 0) continue;
		total += pence;
		if (funding[i] === undefined) {
			// All General Fund: the common case, without allocating a split.
			generalFund += pence;
		} else {
			const split = splitPence(pence, fundingSplitOf(s, posts[i]));
			generalFund += split.generalFund;
			hra += split.hra;
			capital += split.capital;
			grant += split.grant;
		}
	}
	return { total, generalFund, hra, capital, grant };
}

/**
 * A post's pence in the year, or -1 when it is not in post; the rows use the same sum. A function
 * of its own, not a closure, so the loop over every post runs without boxing each figure.
 */
function yearPence(
	annual: number,
	from: number,
	to: number,
	fy: { firstDay: number; lastDay: number; days: number },
	payAwardFactor: number
): number {
	const first = from > fy.firstDay ? from : fy.firstDay;
	const last = to < fy.lastDay ? to : fy.lastDay;
	if (last < first) return -1;
	if (first === fy.firstDay && last === fy.lastDay) return Math.round(annual * payAwardFactor);
	return Math.round(annual * ((last - first + 1) / fy.days) * payAwardFactor);
}

/** Days of [firstDay, lastDay] a post is in post (0 when none), from its start and end dates. */
export function daysInYear(post: Post, firstDay: number, lastDay: number): number {
	const from =
		post.start === undefined
			? firstDay
			: Math.max(firstDay, dayNumber(post.start, `Post ${post.id} start`));
	const to =
		post.end === undefined
			? lastDay
			: Math.min(lastDay, dayNumber(post.end, `Post ${post.id} end`));
	return to < from ? 0 : to - from + 1;
}
