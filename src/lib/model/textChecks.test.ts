import { describe, expect, it } from 'vitest';
import { checkText } from './textChecks';
import { edit, errorsOf, expectOneError, fixture, lineOf } from '$lib/testing/modelFiles';

const base = fixture('small-base');

describe('checkText', () => {
	it('checkText refuses a right-to-left override and names the field', () => {
		const issues = checkText({ posts: { a: { title: 'Director of \u202Eecnanif' } } });
		expect(issues).toEqual([
			{
				at: ['posts', 'a', 'title'],
				message: expect.stringContaining('U+202E')
			}
		]);
	});

	it('checkText allows right-to-left letters themselves (Arabic, Hebrew) and ordinary text', () => {
		expect(checkText({ posts: { a: { title: 'مدير Director', remit: 'שלום' } } })).toEqual([]);
	});

	it('checkText limits titles to 300 characters and other text to 20,000', () => {
		const issues = checkText({
			posts: { a: { title: 'x'.repeat(301), remit: 'y'.repeat(20_000) } }
		});
		expect(issues).toHaveLength(1);
		expect(issues[0].at).toEqual(['posts', 'a', 'title']);
		expect(issues[0].message).toContain('is 301 characters long; the most is 300');
	});

	it('a model file with an override character is refused at its line', () => {
		const text = edit(base, ['title: Director of Places', 'title: Director of \u202ESecalp']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'Secalp'), field: 'posts[1].title' },
			/U\+202E, which reverses/
		);
	});
});
