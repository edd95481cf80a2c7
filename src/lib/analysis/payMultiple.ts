import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { orgIndex } from './orgIndex';

export interface PayMultiple {
	/** Highest full-time salary and the post that has it. */
	highest: number;
	highestPostId: string;
	/** Median full-time salary of the filled posts with a salary. */
	median: number;
	/** highest ÷ median. */
	multiple: number;
	/** Filled posts counted. */
	posts: number;
	basis: string;
}

/**
 * The pay multiple: the highest pay to the median pay of the workforce, as councils publish it in
 * their pay policy statements (Localism Act 2011 s38) and under the Local Government Transparency
 * Code. Counted over the live, filled posts that carry their own full-time salary (Post.salary,
 * from an HR export): vacancies pay no one. Undefined when no post has a salary, since grade
 * points alone are costing assumptions, not pay.
 */
export const payMultiple: (s: Structure) => PayMultiple | undefined = (s) => memo(s).value;

const memo = memoisePerStructure((s: Structure) => ({ value: computePayMultiple(s) }));

function computePayMultiple(s: Structure): PayMultiple | undefined {
	const index = orgIndex(s);
	const pay = new Float64Array(index.posts.length);
	let n = 0;
	let highest = -1;
	let highestPostId = '';
	for (let i = 0; i < index.posts.length; i++) {
		const p = index.posts[i];
		if (p.salary === undefined || p.status === 'vacant') continue;
		pay[n++] = p.salary;
		if (p.salary > highest) {
			highest = p.salary;
			highestPostId = p.id;
		}
	}
	if (n === 0) return undefined;
	const sorted = pay.subarray(0, n).sort();
	const mid = n >> 1;
	const median = n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return {
		highest,
		highestPostId,
		median,
		multiple: highest / median,
		posts: n,
		basis: 'full-time salaries of the filled posts (vacancies left out)'
	};
}
