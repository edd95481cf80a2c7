import { describe, expect, it } from 'vitest';
import { diffStructures } from '../analysis/diff';
import { makeStructure, post } from '$lib/testing/structure';
import { validateStructure } from './validate';

const withSalary = (salary?: number) =>
	makeStructure({
		posts: [post('ceo', 'Chief Executive'), post('d', 'Director', { reportsTo: 'ceo', salary })]
	});

describe('a post with its own salary', () => {
	it('is refused when the salary is not a number of pounds', () => {
		expect(validateStructure(withSalary(-1), 'f').map((e) => e.field)).toEqual(['posts.d.salary']);
		expect(validateStructure(withSalary(150000), 'f')).toEqual([]);
	});

	it('is a cost step of its own in the diff, with the salary change in words', () => {
		// jnc-director point 145,500 → own salary 150,000: 4,500 + NI 621 + pension 855 = +5,976
		const steps = diffStructures(withSalary(), withSalary(150000)).cost.steps;
		expect(steps.map((s) => [s.label, s.delta])).toEqual([
			['Director salary the grade point → £150,000', 5976]
		]);
	});
});
