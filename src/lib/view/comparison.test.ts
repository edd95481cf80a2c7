import { describe, expect, it } from 'vitest';
import { makeStructure, post } from '$lib/testing/structure';
import { comparisonView } from './comparison';

/*
 * Before: the Chief Executive with two JNC Directors. After: the second director's post is deleted
 * and an Assistant Director is created under the first. Full-year costs (testing/structure.ts):
 * JNC Director £192,011.26, Assistant Director £108,347.26, so the cost changes by
 * 108,347.26 − 192,011.26 = −£83,664.00 a year.
 */
const before = makeStructure({
	name: 'Before',
	posts: [
		post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
		post('d1', 'Director of Place', { reportsTo: 'ceo' }),
		post('d2', 'Director of People', { reportsTo: 'ceo' })
	]
});
const after = makeStructure({
	id: 'after',
	name: 'After',
	posts: [
		post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
		post('d1', 'Director of Place', { reportsTo: 'ceo' }),
		post('ad', 'Assistant Director, Highways', {
			grade: 'assistant-director',
			reportsTo: 'd1',
			status: 'new'
		})
	]
});

describe('comparisonView', () => {
	const view = comparisonView(before, after);

	it('counts the posts created and deleted and words the cost change', () => {
		expect(view.summary).toEqual({
			postsCreated: '1',
			postsDeleted: '1',
			postsChanged: '0',
			servicesMoved: '0',
			costChange: '−£83,664'
		});
		expect(view.created).toEqual([
			{
				postId: 'ad',
				title: 'Assistant Director, Highways',
				detail: 'Assistant Director, £108,347 a year'
			}
		]);
		expect(view.deleted).toEqual([
			{ postId: 'd2', title: 'Director of People', detail: 'JNC Director, £192,011 a year' }
		]);
	});

	it('words the spans: the CEO goes from two direct reports to one, layers from 2 to 3', () => {
		expect(view.spans.ceoSpan).toBe('2 to 1');
		expect(view.spans.layers).toBe('2 to 3');
		// One manager (span 2) before; two managers of one each after.
		expect(view.spans.averageSpan).toBe('1:2.0 to 1:1.0');
		// The Director of Place becomes a manager (of the new Assistant Director).
		expect(view.spans.rows.map((r) => [r.key, r.before, r.after])).toEqual([
			['ceo', 2, 1],
			['d1', undefined, 1]
		]);
	});

	it('gives the cost before and after and a waterfall from the old total to the new', () => {
		expect(view.cost.before).toBe('£612,633');
		expect(view.cost.after).toBe('£528,969');
		expect(view.cost.change).toBe('−£83,664');
		expect(view.cost.steps[0].label).toBe('Old total');
		expect(view.cost.waterfallTitle).toBe('Change in full-year cost from Before to After');
	});

	it('has no meetings on either side', () => {
		expect(view.meetings.sides.map((s) => [s.label, s.name, s.rows.length])).toEqual([
			['Before', 'Before', 0],
			['After', 'After', 0]
		]);
	});
});
