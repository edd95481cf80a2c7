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

export function toPounds(pence: Record<FundingSource, number>): Record<FundingSource, number> {
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
	const post = s.posts.get(postId);
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
