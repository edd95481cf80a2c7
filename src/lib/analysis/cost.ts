import type { Post, Structure } from '../model/types';
import { lazyProperty, memoisePerStructure } from './memo';
import { fromPence } from './money';
import { carriedFrom, orgIndex, type OrgIndex } from './orgIndex';
import { costArrays, samePricing, type CostArrays, type Priced } from './costArrays';
import { toPounds, type CostReport, type PostCost } from './postCostArithmetic';

/**
 * The establishment's cost by unit and funding source. A post's own arithmetic is in
 * postCostArithmetic.ts and the one pass over every post in costArrays.ts; both are re-exported
 * here, so callers import cost from one place.
 */
export * from './costArrays';
export * from './postCostArithmetic';

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
