import { describe, expect, it } from 'vitest';
import { filterRows, filterWords, queryPairs, showingCount } from './tableRows.ts';

const posts = [
	{ id: 'P100000', title: 'Chief Executive', unit: 'Chief Executive’s Office', grade: 'CEX' },
	{ id: 'P100001', title: 'Director of City Housing', unit: 'City Housing', grade: 'JNC Director' },
	{ id: 'P100042', title: 'Team Manager, Team 3', unit: 'Team 3', grade: 'GR7' },
	{ id: 'P100043', title: 'Officer, Team 3', unit: 'Team 3', grade: 'GR3' }
];
const text = (p: (typeof posts)[number]) => `${p.title} ${p.id} ${p.unit} ${p.grade}`;
const posts_ = { one: 'post', many: 'posts' };

describe('filterRows', () => {
	it('keeps every row for an empty or blank query', () => {
		expect(filterRows(posts, '', text)).toHaveLength(4);
		expect(filterRows(posts, '   ', text)).toHaveLength(4);
	});

	it('matches title, id, unit and grade in any case, every word required, order kept', () => {
		expect(filterRows(posts, 'housing', text).map((p) => p.id)).toEqual(['P100001']);
		expect(filterRows(posts, 'p10004', text).map((p) => p.id)).toEqual(['P100042', 'P100043']);
		expect(filterRows(posts, 'team 3 gr7', text).map((p) => p.id)).toEqual(['P100042']);
		expect(filterRows(posts, 'jnc', text).map((p) => p.id)).toEqual(['P100001']);
		expect(filterRows(posts, 'nobody', text)).toEqual([]);
	});

	it('splits the query into lower-case words', () => {
		expect(filterWords('  Team   MANAGER ')).toEqual(['team', 'manager']);
	});
});

describe('showingCount', () => {
	it('says how many of how many, grouped en-GB', () => {
		expect(showingCount(1234, 11000, posts_)).toBe('Showing 1,234 of 11,000 posts');
		expect(showingCount(0, 11000, posts_)).toBe('Showing 0 of 11,000 posts');
		expect(showingCount(11000, 11000, posts_)).toBe('Showing all 11,000 posts');
		expect(showingCount(1, 1, posts_)).toBe('Showing the 1 post');
	});
});

describe('queryPairs', () => {
	it('reads a query-only link into form fields', () => {
		expect(queryPairs('?at=2021-12-01&sort=total&dir=descending')).toEqual([
			['at', '2021-12-01'],
			['sort', 'total'],
			['dir', 'descending']
		]);
	});
});
