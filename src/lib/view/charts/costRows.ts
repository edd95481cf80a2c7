import {
	FUNDING_SOURCE_NAMES,
	FUNDING_SOURCES,
	type FundingSource,
	type FundingSplit,
	type Structure
} from '$lib/model/types';
import { originLabels, type OriginLabels } from '$lib/words';
import type { PostCost } from '$lib/analysis/postCostArithmetic';

/** Short names for the funding column, each explained in full by an <abbr>. */
export const FUNDING_SHORT_NAMES: Record<FundingSource, string> = {
	generalFund: 'GF',
	hra: 'HRA',
	capital: 'Capital',
	grant: 'Grant'
};

export interface FundingPart {
	source: FundingSource;
	name: string;
	short: string;
	/** Percentage share, as the post (or the structure's default) gives it. */
	share: number;
	/** Pounds a year from this source, from the core's cost. */
	amount: number;
}

export interface CostRow {
	postId: string;
	title: string;
	unitName: string;
	gradeName: string;
	salary: number;
	employerNi: number;
	employerPension: number;
	total: number;
	funding: FundingPart[];
	/** The post's own kind and each value on it the modeller chose. */
	origin?: OriginLabels;
}

/** The per-post cost the table reads: the core's PostCost without its live flag. */
export type PostCostInput = Omit<PostCost, 'live'>;

/**
 * The core's post costs with names attached, for the costs table. The funding shares are the
 * post's own split, else the structure's default (as the core applies them); the amounts are
 * the core's.
 */
export function toCostRows(s: Structure, posts: readonly PostCostInput[]): CostRow[] {
	return posts.map((c) => {
		const post = s.posts.get(c.postId);
		const split: FundingSplit = post?.funding ?? s.defaultFunding.split;
		return {
			postId: c.postId,
			title: post?.title ?? c.postId,
			unitName: (post && s.units[post.unit]?.name) ?? post?.unit ?? '',
			gradeName: s.grades[c.grade]?.name ?? c.grade,
			salary: c.salary,
			employerNi: c.employerNi,
			employerPension: c.employerPension,
			total: c.total,
			...(post ? { origin: originLabels(post) } : {}),
			funding: FUNDING_SOURCES.filter((src) => (split[src] ?? 0) > 0).map((src) => ({
				source: src,
				name: FUNDING_SOURCE_NAMES[src],
				short: FUNDING_SHORT_NAMES[src],
				share: split[src] ?? 0,
				amount: c.funding[src]
			}))
		};
	});
}

/** What the filter box searches in a cost row: the post's title and id, its unit and grade. */
export function costRowText(r: CostRow): string {
	return `${r.title} ${r.postId} ${r.unitName} ${r.gradeName}`;
}

export const COST_SORT_KEYS = [
	'title',
	'unitName',
	'gradeName',
	'salary',
	'employerNi',
	'employerPension',
	'total'
] as const;
export type CostSortKey = (typeof COST_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface CostSort {
	key: CostSortKey;
	direction: SortDirection;
}

/** The table's order from the URL (?sort=total&dir=descending); structure order when absent. */
export function parseCostSort(params: URLSearchParams): CostSort | undefined {
	const key = params.get('sort');
	if (!key || !(COST_SORT_KEYS as readonly string[]).includes(key)) return undefined;
	const direction = params.get('dir') === 'descending' ? 'descending' : 'ascending';
	return { key: key as CostSortKey, direction };
}

/** Rows in the chosen order; ties keep structure order. Text sorts as en-GB, money as numbers. */
export function sortCostRows(rows: readonly CostRow[], sort: CostSort | undefined): CostRow[] {
	if (!sort) return [...rows];
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => {
			const x = a.row[sort.key];
			const y = b.row[sort.key];
			const c =
				typeof x === 'number' && typeof y === 'number'
					? x - y
					: collator.compare(String(x), String(y));
			return sign * c || a.i - b.i;
		})
		.map(({ row }) => row);
}

/** The sort a column header's link should apply next: first click ascending (money descending). */
export function nextCostSort(current: CostSort | undefined, key: CostSortKey): CostSort {
	const numeric = key !== 'title' && key !== 'unitName' && key !== 'gradeName';
	if (current?.key === key)
		return {
			key,
			direction: current.direction === 'ascending' ? 'descending' : 'ascending'
		};
	return { key, direction: numeric ? 'descending' : 'ascending' };
}

/** Named totals (by unit, by funding source), largest first; zero rows left out. */
export function toTotalRows(
	totals: Readonly<Record<string, number>>,
	name: (key: string) => string
): { key: string; name: string; amount: number }[] {
	return Object.entries(totals)
		.filter(([, amount]) => amount !== 0)
		.map(([key, amount]) => ({ key, name: name(key), amount }))
		.sort((a, b) => b.amount - a.amount);
}

/**
 * The query-only link a column header follows: the current query with the next sort for that
 * column, other parameters (such as ?version=) kept.
 */
export function costSortQuery(
	current: URLSearchParams,
	sort: CostSort | undefined,
	key: CostSortKey
): string {
	const next = nextCostSort(sort, key);
	const kept = [...current].filter(([k]) => k !== 'sort' && k !== 'dir');
	kept.push(['sort', next.key], ['dir', next.direction]);
	return `?${kept.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}
