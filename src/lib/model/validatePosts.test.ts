/**
 * Posts: unit, line manager, grade, funding and dates (validatePosts.ts; the line-management
 * links are turned into reportsTo on loading, so their clashes are tested here too).
 */
import { describe, it } from 'vitest';
import { edit, errorsOf, expectOneError, fixture, lineOf } from '$lib/testing/modelFiles';

const base = fixture('small-base');

describe('validateStructure, through a file: each error names the file, line and field', () => {
	it('a post in an unknown unit lists the units', () => {
		const text = edit(base, [
			'    unit: people\n    reportsTo: director-people',
			'    unit: peeple\n    reportsTo: director-people'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'unit: peeple'), field: 'posts[5].unit' },
			/unknown unit 'peeple'; did you mean 'people'\?; add the unit under units or use one of: ceo-office, places, people/
		);
	});

	it('an unknown reportsTo is named', () => {
		const text = edit(base, [
			'    reportsTo: director-people\n',
			'    reportsTo: director-peple\n'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'director-peple'), field: 'posts[5].reportsTo' },
			/^there is no post 'director-peple'; did you mean 'director-people'\?/
		);
	});

	it('reportsTo given as a list is two line managers', () => {
		const text = edit(base, [
			'    reportsTo: director-people\n',
			'    reportsTo: [director-people, director-places]\n'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'reportsTo: [director-people'), field: 'posts[5].reportsTo' },
			/a post has one line manager, but reportsTo lists 2 \(director-people, director-places\); keep one/
		);
	});

	it('a line-management link that disagrees with reportsTo is two line managers', () => {
		const text = edit(base, [
			'    director: true\n    funding:',
			'    reportsTo: director-places\n    director: true\n    funding:'
		]);
		expectOneError(
			errorsOf(text),
			{
				line: lineOf(text, '    from: chief-executive\n    to: director-people'),
				field: 'links[0].from'
			},
			new RegExp(
				`post 'director-people' reports to 'director-places' \\(reportsTo, line ${lineOf(text, 'reportsTo: director-places\n    director: true\n    funding')}\\) but this line-management link says 'chief-executive'`
			)
		);
	});

	it('two line-management links to one post are two line managers', () => {
		const text = edit(base, [
			'links:\n',
			'links:\n  - { type: line-management, from: director-places, to: director-people, provenance: { kind: assumption, note: x } }\n'
		]);
		expectOneError(
			errorsOf(text),
			{
				line: lineOf(text, '    from: chief-executive\n    to: director-people'),
				field: 'links[1].from'
			},
			/post 'director-people' would have two line managers: 'director-places' \(line \d+\) and 'chief-executive'/
		);
	});

	it('a second post with no line manager is named', () => {
		const text = edit(base, ['    reportsTo: director-people\n', '']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '- id: head-libraries'), field: 'posts[5].reportsTo' },
			/post 'head-libraries' has no line manager; only the Chief Executive \(ceo: chief-executive\) may have none, so add reportsTo/
		);
	});

	it('an unknown grade lists the grades', () => {
		const text = edit(base, [
			'    grade: director\n    unit: places',
			'    grade: directr\n    unit: places'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'grade: directr'), field: 'posts[1].grade' },
			/unknown grade 'directr'; did you mean 'director'\?; add it under grades or use one of: chief-exec, director, head-of-service/
		);
	});

	it('funding shares that do not sum to 100 give the sum', () => {
		const text = edit(base, [
			'funding: { generalFund: 60, hra: 40 }',
			'funding: { generalFund: 60, hra: 35 }'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'funding:'), field: 'posts[2].funding' },
			/funding shares sum to 95, not 100/
		);
	});

	it('a negative funding share is named', () => {
		const text = edit(base, [
			'funding: { generalFund: 60, hra: 40 }',
			'funding: { generalFund: 140, hra: -40 }'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'funding:'), field: 'posts[2].funding.hra' },
			/the hra share is -40%, below zero/
		);
	});

	it('defaultFunding is checked too', () => {
		const text = edit(base, ['split: { generalFund: 100 }', 'split: { generalFund: 90 }']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'split:'), field: 'defaultFunding.split' },
			/sum to 90, not 100/
		);
	});

	it('a post that starts after it ends is named', () => {
		const text = edit(base, ['    start: 2021-04-01', '    start: 2022-04-01']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'start: 2022-04-01'), field: 'posts[3].start' },
			/starts on 2022-04-01, after it ends on 2022-03-31/
		);
	});

	it('a date that is not a real date is named', () => {
		const text = edit(base, ['    end: 2022-03-31', '    end: 2022-02-30']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'end: 2022-02-30'), field: 'posts[3].end' },
			/end '2022-02-30' is not a date; write it as YYYY-MM-DD/
		);
	});
});
