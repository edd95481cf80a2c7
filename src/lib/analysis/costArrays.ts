/**
 * The cost of every live post in whole pence, by orgIndex position, in one pass: the arrays
 * structureCost, costByFinancialYear, meetingLoad, summarise and the diff all read. An edited
 * snapshot carries the arrays of the one before it, pricing again only the posts that changed.
 */
import { FUNDING_SOURCES } from '../model/types';
import type { FundingSource, FundingSplit, Post, Structure } from '../model/types';
import { carriedFrom, orgIndex, type OrgIndex } from './orgIndex';
import { isAllGeneralFund, splitPence, unknownGradeError, zeroFunding } from './postCostArithmetic';

export interface CostArrays {
	/** Whole pence by orgIndex position (live posts only). */
	salary: Float64Array;
	ni: Float64Array;
	pension: Float64Array;
	total: Float64Array;
	/**
	 * Each post's total split by funding source, in whole pence, for the posts whose split is not
	 * simply all General Fund by default; undefined for those (their total is all General Fund).
	 */
	funding: (Record<FundingSource, number> | undefined)[];
	/** Sums over the live posts, in whole pence. */
	sums: {
		salary: number;
		ni: number;
		pension: number;
		total: number;
		byFunding: Record<FundingSource, number>;
	};
}

const arraysCache = new WeakMap<Structure, CostArrays>();
/** The same arrays by index, with what they were priced with, for the next snapshot to start from. */
const byIndex = new WeakMap<OrgIndex, { arrays: CostArrays; priced: Priced }>();

/**
 * Full-year cost of every live post in whole pence, by orgIndex position, with its funding split
 * and the sums: one pass over the posts, memoised per structure and shared by structureCost,
 * costByFinancialYear, meetingLoad, summarise and the diff.
 */
export function costArrays(s: Structure): CostArrays {
	let arrays = arraysCache.get(s);
	if (!arrays) {
		const index = orgIndex(s);
		// A snapshot sharing its index (an edit that left the posts alone) priced the same way
		// shares the arrays too.
		const same = byIndex.get(index);
		arrays =
			same && samePricing(same.priced, s)
				? same.arrays
				: (carryArrays(s, index) ?? computeArrays(s));
		arraysCache.set(s, arrays);
		const priced = {
			grades: s.grades,
			assumptions: s.assumptions,
			defaultFunding: s.defaultFunding
		};
		byIndex.set(index, { arrays, priced });
	}
	return arrays;
}

export type Priced = Pick<Structure, 'grades' | 'assumptions' | 'defaultFunding'>;

export function samePricing(priced: Priced, s: Structure): boolean {
	return (
		priced.grades === s.grades &&
		priced.assumptions === s.assumptions &&
		priced.defaultFunding === s.defaultFunding
	);
}

/**
 * After an edit of a few posts (a carried index) priced with the very same grades, assumptions
 * and default funding: the arrays of the snapshot before with those posts' rows worked out again
 * and the sums corrected. Whole pence are integers, so the sums are exactly those of a full pass.
 */
function carryArrays(s: Structure, index: OrgIndex): CostArrays | undefined {
	const c = carriedFrom(index);
	const prior = c && byIndex.get(c.from);
	if (!c || !prior) return undefined;
	if (!samePricing(prior.priced, s)) return undefined;
	const a = prior.arrays;
	const out: CostArrays = {
		salary: a.salary.slice(),
		ni: a.ni.slice(),
		pension: a.pension.slice(),
		total: a.total.slice(),
		funding: a.funding.slice(),
		sums: { ...a.sums, byFunding: { ...a.sums.byFunding } }
	};
	const sums = out.sums;
	const pricing = pricingOf(s);
	for (const i of c.changed) {
		const fundingBefore = out.funding[i];
		sums.salary -= out.salary[i];
		sums.ni -= out.ni[i];
		sums.pension -= out.pension[i];
		sums.total -= out.total[i];
		if (fundingBefore === undefined) sums.byFunding.generalFund -= out.total[i];
		else for (const source of FUNDING_SOURCES) sums.byFunding[source] -= fundingBefore[source];
		const post = index.posts[i];
		const g = s.grades[post.grade];
		if (!g) throw unknownGradeError(post);
		priceRow(out, i, post, g.point, pricing);
	}
	return out;
}

interface Pricing {
	threshold: number;
	niRate: number;
	pensionRate: number;
	defaultSplit: FundingSplit;
	allGeneralFund: boolean;
}

function pricingOf(s: Structure): Pricing {
	const defaultSplit = s.defaultFunding.split;
	return {
		threshold: s.assumptions.employerNiThreshold.value,
		niRate: s.assumptions.employerNiRate.value,
		pensionRate: s.assumptions.employerPensionRate.value,
		defaultSplit,
		allGeneralFund: isAllGeneralFund(defaultSplit)
	};
}

/**
 * One post's row and its share of the sums: the same arithmetic as costInPence, inlined (this runs
 * over every post): whole pence, half a penny up, with toPence's offset against binary error.
 */
function priceRow(out: CostArrays, i: number, post: Post, point: number, p: Pricing): void {
	const fte = post.fte;
	// A post's own salary (from an HR export) replaces the grade's point for this post only.
	const pay = post.salary ?? point;
	const salary = Math.round(pay * fte * 100 + 1e-6);
	const ni = Math.round((pay > p.threshold ? pay - p.threshold : 0) * p.niRate * fte * 100 + 1e-6);
	const pension = Math.round(pay * p.pensionRate * fte * 100 + 1e-6);
	const total = salary + ni + pension;
	out.salary[i] = salary;
	out.ni[i] = ni;
	out.pension[i] = pension;
	out.total[i] = total;
	const sums = out.sums;
	sums.salary += salary;
	sums.ni += ni;
	sums.pension += pension;
	sums.total += total;
	if (post.funding === undefined && p.allGeneralFund) {
		out.funding[i] = undefined;
		sums.byFunding.generalFund += total;
	} else {
		const split = splitPence(total, post.funding ?? p.defaultSplit);
		out.funding[i] = split;
		sums.byFunding.generalFund += split.generalFund;
		sums.byFunding.hra += split.hra;
		sums.byFunding.capital += split.capital;
		sums.byFunding.grant += split.grant;
	}
}

function computeArrays(s: Structure): CostArrays {
	const posts = orgIndex(s).posts;
	const n = posts.length;
	const out: CostArrays = {
		salary: new Float64Array(n),
		ni: new Float64Array(n),
		pension: new Float64Array(n),
		total: new Float64Array(n),
		funding: new Array(n),
		sums: { salary: 0, ni: 0, pension: 0, total: 0, byFunding: zeroFunding() }
	};
	const pricing = pricingOf(s);
	// Grade points looked up once per grade, not once per post.
	const points = new Map<string, number>();
	let lastGrade = '';
	let point = 0;
	for (let i = 0; i < n; i++) {
		const post = posts[i];
		if (post.grade !== lastGrade) {
			let p = points.get(post.grade);
			if (p === undefined) {
				const g = s.grades[post.grade];
				if (!g) throw unknownGradeError(post);
				p = g.point;
				points.set(post.grade, p);
			}
			lastGrade = post.grade;
			point = p;
		}
		priceRow(out, i, post, point, pricing);
	}
	return out;
}

/** Full-year total of each live post in whole pence, by orgIndex position (memoised per structure). */
export function postTotalsPence(s: Structure): Float64Array {
	return costArrays(s).total;
}

/** Full-year cost of the live posts by funding source, in whole pence (memoised per structure). */
export function fundingTotalsPence(s: Structure): Record<FundingSource, number> {
	return { ...costArrays(s).sums.byFunding };
}

/** Sum of a pence array (exact: whole pence well inside 2^53). */
export function sumPence(values: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += values[i];
	return sum;
}
