import { FUNDING_SOURCES } from '../model/types';
import type {
	Assumptions,
	FundingSource,
	FundingSplit,
	Grade,
	Post,
	Structure
} from '../model/types';
import { lazyProperty, memoisePerStructure } from './memo';
import { fromPence, toPence } from './money';
import { carriedFrom, orgIndex, type OrgIndex } from './orgIndex';

/**
 * Full-year employer cost of a post, from its grade's costing point (or the post's own full-time
 * salary, when an HR export gave one) and the structure's assumptions (each an editable, labelled
 * assumption, not a fact), where point = post.salary ?? grade.point:
 *   salary           = point × fte
 *   employer NI      = max(0, point − NI threshold) × NI rate × fte
 *   employer pension = point × pension rate × fte
 * The threshold is applied per full-time equivalent, as an establishment costing does; for a
 * part-time post this slightly overstates NI (a payroll would apply one threshold to the pay).
 * Each component is rounded to the penny; the total is their sum. Money stays in pounds with pence
 * and is rounded to whole pounds only for display.
 */
export interface PostCost {
	postId: string;
	grade: string;
	salary: number;
	employerNi: number;
	employerPension: number;
	total: number;
	/** The total split by funding source (post.funding, else the structure's default), to the penny. */
	funding: Record<FundingSource, number>;
	/** False for a deleted post, whose money fields are then all 0. */
	live: boolean;
}

export interface CostReport {
	/** Live posts only, in structure order. */
	posts: PostCost[];
	/** Cost of the posts sitting directly in each unit (not rolled up into parent units). */
	byUnit: Record<string, number>;
	byFunding: Record<FundingSource, number>;
	total: number;
}

export interface CostPence {
	salary: number;
	ni: number;
	pension: number;
	total: number;
}

export function unknownGradeError(post: Post): Error {
	return new Error(
		`Post ${post.id} (${post.title}) has grade '${post.grade}', which is not in the structure's grades; add the grade or change the post's grade`
	);
}

/** The cost arithmetic in whole pence, for a post priced with the given grades and assumptions. */
export function costInPence(
	post: Post,
	grades: Record<string, Grade>,
	assumptions: Assumptions
): CostPence {
	const g = grades[post.grade];
	if (!g) throw unknownGradeError(post);
	const point = post.salary ?? g.point;
	const fte = post.fte;
	const salary = toPence(point * fte);
	const ni = toPence(
		Math.max(0, point - assumptions.employerNiThreshold.value) *
			assumptions.employerNiRate.value *
			fte
	);
	const pension = toPence(point * assumptions.employerPensionRate.value * fte);
	return { salary, ni, pension, total: salary + ni + pension };
}

export function fundingSplitOf(s: Structure, post: Post): FundingSplit {
	return post.funding ?? s.defaultFunding.split;
}

/** True for a split that puts everything on the General Fund (the common default). */
export function isAllGeneralFund(split: FundingSplit): boolean {
	return (split.generalFund ?? 0) > 0 && !split.hra && !split.capital && !split.grant;
}

export function zeroFunding(): Record<FundingSource, number> {
	return { generalFund: 0, hra: 0, capital: 0, grant: 0 };
}

/**
 * Splits whole pence by percentage shares so the parts add up to the total exactly: each share is
 * rounded to the penny and the last share present takes the remainder. Shares are normalised by
 * their sum (the validator requires 100); an empty split goes to the General Fund.
 */
export function splitPence(totalPence: number, split: FundingSplit): Record<FundingSource, number> {
	const out = zeroFunding();
	let sum = 0;
	let last: FundingSource | undefined;
	for (const source of FUNDING_SOURCES) {
		const share = split[source];
		if (share && share > 0) {
			sum += share;
			last = source;
		}
	}
	if (!last) {
		out.generalFund = totalPence;
		return out;
	}
	let given = 0;
	for (const source of FUNDING_SOURCES) {
		const share = split[source];
		if (!share || share <= 0) continue;
		const part = source === last ? totalPence - given : Math.round((totalPence * share) / sum);
		out[source] = part;
		given += part;
	}
	return out;
}

function toPounds(pence: Record<FundingSource, number>): Record<FundingSource, number> {
	return {
		generalFund: fromPence(pence.generalFund),
		hra: fromPence(pence.hra),
		capital: fromPence(pence.capital),
		grant: fromPence(pence.grant)
	};
}

/** Cost of a post whatever its status (what it costs while it is in post). */
export function costOfPost(s: Structure, post: Post): PostCost {
	const c = costInPence(post, s.grades, s.assumptions);
	return {
		postId: post.id,
		grade: post.grade,
		salary: fromPence(c.salary),
		employerNi: fromPence(c.ni),
		employerPension: fromPence(c.pension),
		total: fromPence(c.total),
		funding: toPounds(splitPence(c.total, fundingSplitOf(s, post))),
		live: post.status !== 'deleted'
	};
}

/** Cost of one post in the structure; a deleted post costs nothing. */
export function postCost(s: Structure, postId: string): PostCost {
	const post = s.posts[postId];
	if (!post) throw new Error(`There is no post '${postId}' in structure ${s.id}`);
	if (post.status === 'deleted')
		return {
			postId,
			grade: post.grade,
			salary: 0,
			employerNi: 0,
			employerPension: 0,
			total: 0,
			funding: zeroFunding(),
			live: false
		};
	return costOfPost(s, post);
}

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

type Priced = Pick<Structure, 'grades' | 'assumptions' | 'defaultFunding'>;

function samePricing(priced: Priced, s: Structure): boolean {
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

/**
 * Full-year establishment cost of the live posts: by post, by unit, by funding source. Memoised
 * per structure (read-only result: copy `posts` before sorting it). The totals come from
 * costArrays' single pass; the row per post (`posts`) is built on first read.
 */
export const structureCost: (s: Structure) => CostReport = memoisePerStructure(computeCost);

/** Each index's unit totals in whole pence, with the pricing they were made with. */
const unitPenceByIndex = new WeakMap<
	OrgIndex,
	{ byUnitPence: Record<string, number>; total: Float64Array; priced: Priced }
>();

function computeCost(s: Structure): CostReport {
	const index = orgIndex(s);
	const c = costArrays(s);
	const byUnitPence = carriedUnitPence(s, index, c) ?? unitPence(index, c);
	unitPenceByIndex.set(index, {
		byUnitPence,
		total: c.total,
		priced: { grades: s.grades, assumptions: s.assumptions, defaultFunding: s.defaultFunding }
	});
	const byUnit: Record<string, number> = {};
	for (const unitId in byUnitPence) byUnit[unitId] = fromPence(byUnitPence[unitId]);
	const report = {
		byUnit,
		byFunding: toPounds(c.sums.byFunding),
		total: fromPence(c.sums.total)
	};
	return lazyProperty(report, 'posts', () => postRows(index.posts, c));
}

/** Units in whole pence, summed by position first: far fewer units than posts. */
function unitPence(index: OrgIndex, c: CostArrays): Record<string, number> {
	const n = index.posts.length;
	const byUnitPence: Record<string, number> = {};
	let unit = '';
	let run = 0;
	for (let i = 0; i < n; i++) {
		const u = index.posts[i].unit;
		if (u !== unit) {
			if (unit !== '') byUnitPence[unit] = (byUnitPence[unit] ?? 0) + run;
			unit = u;
			run = 0;
		}
		run += c.total[i];
	}
	if (unit !== '') byUnitPence[unit] = (byUnitPence[unit] ?? 0) + run;
	return byUnitPence;
}

/**
 * The unit totals of the snapshot before, when this one shares its index or was carried from it
 * with every replaced post still in its unit (so the units, and their order, are the same) and
 * priced the same way: each replaced post's old cost taken off its unit and the new one added.
 */
function carriedUnitPence(
	s: Structure,
	index: OrgIndex,
	c: CostArrays
): Record<string, number> | undefined {
	const same = unitPenceByIndex.get(index);
	if (same && samePricing(same.priced, s)) return same.byUnitPence;
	const lineage = carriedFrom(index);
	const prior = lineage && unitPenceByIndex.get(lineage.from);
	if (!lineage || !prior || !samePricing(prior.priced, s)) return undefined;
	for (const i of lineage.changed)
		if (lineage.from.posts[i].unit !== index.posts[i].unit) return undefined;
	const byUnitPence = { ...prior.byUnitPence };
	for (const i of lineage.changed) {
		const u = index.posts[i].unit;
		if (u !== '') byUnitPence[u] += c.total[i] - prior.total[i];
	}
	return byUnitPence;
}

function postRows(live: readonly Post[], c: CostArrays): PostCost[] {
	const posts: PostCost[] = new Array(live.length);
	for (let i = 0; i < live.length; i++) {
		const post = live[i];
		const total = c.total[i];
		const split = c.funding[i];
		posts[i] = {
			postId: post.id,
			grade: post.grade,
			salary: c.salary[i] / 100,
			employerNi: c.ni[i] / 100,
			employerPension: c.pension[i] / 100,
			total: total / 100,
			funding:
				split === undefined
					? { generalFund: total / 100, hra: 0, capital: 0, grant: 0 }
					: {
							generalFund: split.generalFund / 100,
							hra: split.hra / 100,
							capital: split.capital / 100,
							grant: split.grant / 100
						},
			live: true
		};
	}
	return posts;
}
