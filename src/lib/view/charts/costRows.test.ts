import { describe, expect, it } from 'vitest';
import {
	costRowText,
	costSortQuery,
	nextCostSort,
	parseCostSort,
	sortCostRows,
	toCostRows,
	toTotalRows,
	type PostCostInput
} from './costRows.ts';
import { chartsFixture } from '$lib/testing/chartsFixture';

const zero = { generalFund: 0, hra: 0, capital: 0, grant: 0 };
const costs: PostCostInput[] = [
	{
		postId: 'ceo',
		grade: 'ceo',
		salary: 180000,
		employerNi: 23627.26,
		employerPension: 34200,
		total: 237827.26,
		funding: { ...zero, generalFund: 237827.26 }
	},
	{
		postId: 'md',
		grade: 'director',
		salary: 145500,
		employerNi: 18866.26,
		employerPension: 27645,
		total: 192011.26,
		funding: { ...zero, generalFund: 115206.76, hra: 76804.5 }
	},
	{
		postId: 'hos',
		grade: 'hos',
		salary: 80000,
		employerNi: 9827.26,
		employerPension: 15200,
		total: 105027.26,
		funding: { ...zero, generalFund: 105027.26 }
	}
];

describe('toCostRows', () => {
	it('toCostRows names the post, unit and grade and keeps the core’s money', () => {
		const rows = toCostRows(chartsFixture(), costs);
		expect(rows[1]).toMatchObject({
			title: 'Managing Director: City Operations',
			unitName: 'City Operations',
			gradeName: 'JNC Director',
			total: 192011.26
		});
	});

	it('toCostRows shows the post’s own funding split, else the structure’s default', () => {
		const rows = toCostRows(chartsFixture(), costs);
		expect(rows[1].funding).toEqual([
			{ source: 'generalFund', name: 'General Fund', short: 'GF', share: 60, amount: 115206.76 },
			{ source: 'hra', name: 'Housing Revenue Account', short: 'HRA', share: 40, amount: 76804.5 }
		]);
		expect(rows[0].funding.map((f) => [f.short, f.share])).toEqual([['GF', 100]]);
	});
});

describe('sorting the costs table', () => {
	const rows = toCostRows(chartsFixture(), costs);

	it('sortCostRows orders money as numbers and titles alphabetically', () => {
		const byTotal = sortCostRows(rows, { key: 'total', direction: 'ascending' });
		expect(byTotal.map((r) => r.postId)).toEqual(['hos', 'md', 'ceo']);
		const byTitle = sortCostRows(rows, { key: 'title', direction: 'descending' });
		expect(byTitle.map((r) => r.title)).toEqual([
			'Managing Director: City Operations',
			'Head of Parking',
			'Chief Executive'
		]);
		expect(sortCostRows(rows, undefined).map((r) => r.postId)).toEqual(['ceo', 'md', 'hos']);
	});

	it('parseCostSort reads the URL and ignores a column it does not know', () => {
		expect(parseCostSort(new URLSearchParams('sort=total&dir=descending'))).toEqual({
			key: 'total',
			direction: 'descending'
		});
		expect(parseCostSort(new URLSearchParams('sort=salary'))).toEqual({
			key: 'salary',
			direction: 'ascending'
		});
		expect(parseCostSort(new URLSearchParams('sort=evil'))).toBeUndefined();
	});

	it('nextCostSort starts money columns largest first and flips on a second click', () => {
		expect(nextCostSort(undefined, 'total')).toEqual({ key: 'total', direction: 'descending' });
		expect(nextCostSort(undefined, 'title')).toEqual({ key: 'title', direction: 'ascending' });
		expect(nextCostSort({ key: 'total', direction: 'descending' }, 'total')).toEqual({
			key: 'total',
			direction: 'ascending'
		});
	});
});

describe('costSortQuery', () => {
	it('costSortQuery keeps the version and replaces the old sort', () => {
		const current = new URLSearchParams('version=2&sort=total&dir=descending');
		expect(costSortQuery(current, { key: 'total', direction: 'descending' }, 'total')).toBe(
			'?version=2&sort=total&dir=ascending'
		);
		expect(costSortQuery(current, { key: 'total', direction: 'descending' }, 'title')).toBe(
			'?version=2&sort=title&dir=ascending'
		);
		expect(costSortQuery(new URLSearchParams(), undefined, 'salary')).toBe(
			'?sort=salary&dir=descending'
		);
	});
});

describe('toTotalRows', () => {
	it('toTotalRows names each total, largest first, and drops zeros', () => {
		const rows = toTotalRows({ generalFund: 100, hra: 300, capital: 0, grant: 0 }, (k) =>
			k.toUpperCase()
		);
		expect(rows).toEqual([
			{ key: 'hra', name: 'HRA', amount: 300 },
			{ key: 'generalFund', name: 'GENERALFUND', amount: 100 }
		]);
	});
});

describe('costRowText', () => {
	it('is what the filter box searches: title, id, unit and grade', () => {
		const [, md] = toCostRows(chartsFixture(), costs);
		expect(costRowText(md)).toBe(
			'Managing Director: City Operations md City Operations JNC Director'
		);
	});
});
