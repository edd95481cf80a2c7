import {
	FUNDING_SOURCES,
	type Assumption,
	type FundingSource,
	type Post,
	type Structure
} from '../model/types';
import { fundingSplitOf, splitPence, unknownGradeError, zeroFunding } from './cost';
import { daysInYear } from './costByFinancialYear';
import { dayNumber, parseFinancialYear } from './financialYear';
import { fromPence } from './money';
import { isLive } from './orgIndex';

/** The years of the Medium-Term Financial Plan the 2021 proposal runs over (003: 2021 to 2026). */
export const PLAN_YEARS: readonly string[] = [
	'2021/22',
	'2022/23',
	'2023/24',
	'2024/25',
	'2025/26'
];

/** The rates a year is costed at, each naming the assumption it came from. */
export interface YearRates {
	/** The pay award from April of the year, and pay in the year against the base year's. */
	payAward: number;
	payFactor: number;
	employerNiRate: number;
	employerNiThreshold: number;
	employerPensionRate: number;
	/** The assumption key each rate was read from (`payAward2022`, or `payAward` when the year has none). */
	keys: Record<
		'payAward' | 'employerNiRate' | 'employerNiThreshold' | 'employerPensionRate',
		string
	>;
}

export interface PlanYearCost {
	year: string;
	rates: YearRates;
	/** The earlier structure's cost in the year, by its own dates. */
	before: number;
	/** The later structure's cost in the year: its posts and interim posts, by their dates. */
	after: number;
	/** Posts the later structure deletes, paid until b.postsDeletedOn (interim posts excepted). */
	outgoing: number;
	/** after + outgoing − before. */
	change: number;
	/** The change less its capital-funded part (what the Medium-Term Financial Plan carries). */
	revenueChange: number;
	changeByFunding: Record<FundingSource, number>;
}

type RateKey = keyof YearRates['keys'];

/** The year's own assumption (`employerNiRate2022`) when the structure gives one, else the general one. */
function rateFor(s: Structure, key: RateKey, startYear: number): [string, Assumption] {
	const own = `${key}${startYear}`;
	return s.assumptions[own] ? [own, s.assumptions[own]] : [key, s.assumptions[key]];
}

/**
 * The rates of a financial year: its pay award, NI rate and threshold and pension rate, each the
 * year's own assumption or the general one. Pay in the year is the base year's grade point raised
 * by every award from the year after the base year to this one, compounded.
 */
export function yearRates(s: Structure, startYear: number): YearRates {
	const base = s.assumptions.baseYear.value;
	let payFactor = 1;
	for (let y = base + 1; y <= startYear; y++) payFactor *= 1 + rateFor(s, 'payAward', y)[1].value;
	const [payKey, pay] = rateFor(s, 'payAward', startYear);
	const [niKey, ni] = rateFor(s, 'employerNiRate', startYear);
	const [thKey, th] = rateFor(s, 'employerNiThreshold', startYear);
	const [penKey, pen] = rateFor(s, 'employerPensionRate', startYear);
	return {
		payAward: pay.value,
		payFactor,
		employerNiRate: ni.value,
		employerNiThreshold: th.value,
		employerPensionRate: pen.value,
		keys: {
			payAward: payKey,
			employerNiRate: niKey,
			employerNiThreshold: thKey,
			employerPensionRate: penKey
		}
	};
}

/**
 * A post's cost in part of a year, whole pence: pay = point × payFactor, then NI on pay above the
 * year's threshold and pension at the year's rate (each rounded to the penny), × the share of the
 * year's days in post. Unlike costByFinancialYear, the threshold is not uplifted with pay.
 */
function pencePart(post: Post, s: Structure, r: YearRates, share: number): number {
	const g = s.grades[post.grade];
	if (!g) throw unknownGradeError(post);
	const pay = (post.salary ?? g.point) * r.payFactor;
	const salary = Math.round(pay * post.fte * 100 + 1e-6);
	const ni = Math.round(
		Math.max(0, pay - r.employerNiThreshold) * r.employerNiRate * post.fte * 100 + 1e-6
	);
	const pension = Math.round(pay * r.employerPensionRate * post.fte * 100 + 1e-6);
	return Math.round((salary + ni + pension) * share);
}

/**
 * The cost of moving from a to b in each year of the plan, with each year's pay award and on-cost
 * rates as the structures' labelled assumptions give them. Posts and interim posts are phased by
 * their dates; a's posts that b deletes stay until b.postsDeletedOn (or until the interim post b
 * keeps in their place ends). Pure: plain structures in, plain numbers out.
 */
export function costAcrossPlan(
	a: Structure,
	b: Structure,
	years: readonly string[] = PLAN_YEARS
): PlanYearCost[] {
	const leaveDay = b.postsDeletedOn
		? dayNumber(b.postsDeletedOn.date, 'postsDeletedOn')
		: -Infinity;
	const leaving = b.postsDeletedOn
		? [...a.posts.values()].filter(
				(p) => isLive(p) && !isLive(b.posts.get(p.id)) && !b.interimPosts?.[p.id]
			)
		: [];
	const inForce = (s: Structure) => [
		...[...s.posts.values()].filter(isLive),
		...Object.values(s.interimPosts ?? {})
	];
	const postsA = inForce(a);
	const postsB = inForce(b);

	return years.map((label) => {
		const fy = parseFinancialYear(label);
		const ra = yearRates(a, fy.startYear);
		const rb = yearRates(b, fy.startYear);
		const sum = (s: Structure, posts: Post[], r: YearRates, lastDay = fy.lastDay) => {
			const byFunding = zeroFunding();
			let total = 0;
			for (const post of posts) {
				const days = daysInYear(post, fy.firstDay, Math.min(fy.lastDay, lastDay));
				if (days === 0) continue;
				const pence = pencePart(post, s, r, days / fy.days);
				total += pence;
				const split = splitPence(pence, fundingSplitOf(s, post));
				for (const src of FUNDING_SOURCES) byFunding[src] += split[src];
			}
			return { total, byFunding };
		};
		const before = sum(a, postsA, ra);
		const after = sum(b, postsB, rb);
		const out = sum(a, leaving, ra, leaveDay);
		const changeByFunding = zeroFunding();
		for (const src of FUNDING_SOURCES)
			changeByFunding[src] = fromPence(
				after.byFunding[src] + out.byFunding[src] - before.byFunding[src]
			);
		const change = after.total + out.total - before.total;
		const capital = after.byFunding.capital + out.byFunding.capital - before.byFunding.capital;
		return {
			year: label,
			rates: rb,
			before: fromPence(before.total),
			after: fromPence(after.total),
			outgoing: fromPence(out.total),
			change: fromPence(change),
			revenueChange: fromPence(change - capital),
			changeByFunding
		};
	});
}
