import { FUNDING_SOURCES } from '../model/types';
import type {
	Assumptions,
	FundingSource,
	FundingSplit,
	Grade,
	Post,
	Structure
} from '../model/types';
import { fromPence, toPence } from './money';
import { orgIndex } from './orgIndex';

/**
 * Full-year employer cost of a post, from its grade's costing point and the structure's
 * assumptions (each an editable, labelled assumption, not a fact):
 *   salary           = grade.point × fte
 *   employer NI      = max(0, grade.point − NI threshold) × NI rate × fte
 *   employer pension = grade.point × pension rate × fte
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
	const point = g.point;
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
}

const arraysCache = new WeakMap<Structure, CostArrays>();

/** Full-year cost components of every live post in whole pence, by orgIndex position; memoised. */
export function costArrays(s: Structure): CostArrays {
	let arrays = arraysCache.get(s);
	if (!arrays) {
		const index = orgIndex(s);
		const n = index.posts.length;
		arrays = {
			salary: new Float64Array(n),
			ni: new Float64Array(n),
			pension: new Float64Array(n),
			total: new Float64Array(n)
		};
		const threshold = s.assumptions.employerNiThreshold.value;
		const niRate = s.assumptions.employerNiRate.value;
		const pensionRate = s.assumptions.employerPensionRate.value;
		// The same arithmetic as costInPence, inlined (this loop runs over every post): whole pence,
		// half a penny up, with toPence's offset against binary error.
		for (let i = 0; i < n; i++) {
			const post = index.posts[i];
			const g = s.grades[post.grade];
			if (!g) throw unknownGradeError(post);
			const fte = post.fte;
			const point = g.point;
			const salary = Math.round(point * fte * 100 + 1e-6);
			const ni = Math.round(
				(point > threshold ? point - threshold : 0) * niRate * fte * 100 + 1e-6
			);
			const pension = Math.round(point * pensionRate * fte * 100 + 1e-6);
			arrays.salary[i] = salary;
			arrays.ni[i] = ni;
			arrays.pension[i] = pension;
			arrays.total[i] = salary + ni + pension;
		}
		arraysCache.set(s, arrays);
	}
	return arrays;
}

/** Full-year total of each live post in whole pence, by orgIndex position (memoised per structure). */
export function postTotalsPence(s: Structure): Float64Array {
	return costArrays(s).total;
}

/** Sum of a pence array (exact: whole pence well inside 2^53). */
export function sumPence(values: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += values[i];
	return sum;
}

/** Full-year establishment cost of the live posts: by post, by unit, by funding source. */
export function structureCost(s: Structure): CostReport {
	const index = orgIndex(s);
	const c = costArrays(s);
	const posts: PostCost[] = new Array(index.posts.length);
	const byUnitPence: Record<string, number> = {};
	const byFundingPence = zeroFunding();
	let totalPence = 0;
	const defaultSplit = s.defaultFunding.split;
	const allGeneralFund = isAllGeneralFund(defaultSplit);
	for (let i = 0; i < index.posts.length; i++) {
		const post = index.posts[i];
		const total = c.total[i];
		let funding: Record<FundingSource, number>;
		if (post.funding === undefined && allGeneralFund) {
			// The common case, without splitting.
			funding = { generalFund: total / 100, hra: 0, capital: 0, grant: 0 };
			byFundingPence.generalFund += total;
		} else {
			funding = splitPence(total, fundingSplitOf(s, post));
			byFundingPence.generalFund += funding.generalFund;
			byFundingPence.hra += funding.hra;
			byFundingPence.capital += funding.capital;
			byFundingPence.grant += funding.grant;
			// The split record is reused in pounds rather than copied.
			funding.generalFund /= 100;
			funding.hra /= 100;
			funding.capital /= 100;
			funding.grant /= 100;
		}
		byUnitPence[post.unit] = (byUnitPence[post.unit] ?? 0) + total;
		totalPence += total;
		posts[i] = {
			postId: post.id,
			grade: post.grade,
			salary: c.salary[i] / 100,
			employerNi: c.ni[i] / 100,
			employerPension: c.pension[i] / 100,
			total: total / 100,
			funding,
			live: true
		};
	}
	const byUnit: Record<string, number> = {};
	for (const unitId in byUnitPence) byUnit[unitId] = fromPence(byUnitPence[unitId]);
	return { posts, byUnit, byFunding: toPounds(byFundingPence), total: fromPence(totalPence) };
}
