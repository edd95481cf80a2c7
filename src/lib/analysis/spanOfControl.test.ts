import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { makeStructure, post } from '$lib/testing/structure';
import { spanOfControl } from './spanOfControl';

describe('spanOfControl', () => {
	it('spanOfControl counts the CEO office separately', () => {
		// 2020-like: ten direct reports plus the head of the CEO's office.
		const report = spanOfControl(clt2020());
		expect(report.ceo).toEqual({ postId: 'ceo', span: 10, spanWithOffice: 11 });
	});

	it('averages reports over managers only, office included', () => {
		// Managers: CEO (11 reports) and five directorate directors (2 each).
		// (11 + 5 × 2) / 6 = 21 / 6 = 3.5
		const report = spanOfControl(clt2020());
		expect(report.managers).toHaveLength(6);
		expect(report.averageSpan).toBe(3.5);
		expect(report.distribution).toEqual([
			{ span: 2, managers: 5 },
			{ span: 11, managers: 1 }
		]);
	});

	it('flags a CEO above ceoMax and managers below narrowBelow', () => {
		const report = spanOfControl(clt2020());
		const ceo = report.managers.find((m) => m.postId === 'ceo');
		expect(ceo?.flags).toEqual(['ceo-too-wide']);
		expect(ceo?.spanWithoutOffice).toBe(10);
		const narrow = report.managers.filter((m) => m.flags.includes('narrow'));
		// 2 < narrowBelow 3 for each directorate director.
		expect(narrow.map((m) => m.postId)).toEqual([
			'director-neighbourhoods',
			'director-digital-customer',
			'director-inclusive-growth',
			'director-education-skills',
			'director-adult-social-care'
		]);
	});

	it('ignores deleted posts and reports of deleted posts', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('a', 'A', { reportsTo: 'ceo' }),
				post('b', 'B', { reportsTo: 'ceo', status: 'deleted' }),
				post('c', 'C', { reportsTo: 'b' })
			]
		});
		const report = spanOfControl(s);
		// Only A is a live report of the CEO; C hangs from a deleted post and reaches no manager.
		expect(report.ceo.span).toBe(1);
		expect(report.managers.map((m) => [m.postId, m.span])).toEqual([['ceo', 1]]);
		expect(report.averageSpan).toBe(1);
	});

	it('gives zero spans for a structure with no reports', () => {
		const report = spanOfControl(makeStructure({ posts: [post('ceo', 'CEO')] }));
		expect(report.ceo.spanWithOffice).toBe(0);
		expect(report.averageSpan).toBe(0);
		expect(report.distribution).toEqual([]);
	});
});
