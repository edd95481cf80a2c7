import { describe, expect, it } from 'vitest';
import { formatModelError } from './errors';
import { validateStructure } from './validate';
import { edit, errorsOf, expectOneError, fixture, lineOf, loadBase } from '$lib/testing/modelFiles';
import { makeStructure, post } from '$lib/testing/structure';

const base = fixture('small-base');

describe('validateStructure, through a file: each error names the file, line and field', () => {
	it('a duplicate post id names both lines', () => {
		const text = edit(base, ['  - id: head-waste', '  - id: head-parking']);
		const e = expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '- id: head-parking', 2), field: 'posts[4].id' },
			/duplicate id 'head-parking': another post at line (\d+) already uses it; rename one/
		);
		expect(e.message).toContain(`line ${lineOf(text, '- id: head-parking')}`);
	});

	it('an id used by a unit and a service names both lines', () => {
		const text = edit(base, ['      - id: waste', '      - id: people']);
		// Units are checked before services, so the service is the second use.
		const e = expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '      - id: people'), field: 'units[1].services[1].id' },
			/duplicate id 'people': a unit already uses it; ids are shared by posts, units, services, bodies, meetings and grades, so rename one/
		);
		expect(e.message).toContain(
			`(the other is at line ${lineOf(text, '  - id: people\n    name: People')})`
		);
	});

	it('a link to an id that does not exist is named', () => {
		const text = edit(base, ['    from: cabinet\n', '    from: cabinett\n']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'from: cabinett'), field: 'links[1].from' },
			/link from 'cabinett' is not a post, unit, service, body or meeting; did you mean 'cabinet'\?/
		);
	});

	it('a link to an unknown to is named', () => {
		const text = edit(base, ['    to: places\n', '    to: placez\n']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'to: placez'), field: 'links[1].to' },
			/link to 'placez' is not a post/
		);
	});

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

	it('a circle of line management names the posts in it', () => {
		const text = edit(
			base,
			[
				'    grade: director\n    unit: places\n    reportsTo: chief-executive',
				'    grade: director\n    unit: places\n    reportsTo: head-waste'
			],
			[
				'    unit: places\n    reportsTo: director-places\n    provenance',
				'    unit: places\n    reportsTo: director-places\n    provenance'
			]
		);
		const errors = errorsOf(text);
		expect(errors.map(formatModelError)).toHaveLength(1);
		expect(errors[0].message).toMatch(
			/line management goes round in a circle: (director-places → head-waste → director-places|head-waste → director-places → head-waste)/
		);
		expect(errors[0].field).toMatch(/^posts\[(1|4)\]\.reportsTo$/);
		expect(errors[0].line).toBeGreaterThan(0);
	});

	it('a second post with no line manager is named', () => {
		const text = edit(base, ['    reportsTo: director-people\n', '']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '- id: head-libraries'), field: 'posts[5].reportsTo' },
			/post 'head-libraries' has no line manager; only the Chief Executive \(ceo: chief-executive\) may have none, so add reportsTo/
		);
	});

	it('a ceo that is not a post is named', () => {
		const text = edit(base, ['ceo: chief-executive', 'ceo: chief-exective']);
		const errors = errorsOf(text);
		// The CEO post now has no manager and is not the ceo, so that is reported too.
		expect(errors.map((e) => e.field)).toEqual(['ceo', 'posts[0].reportsTo']);
		expect(errors[0]).toMatchObject({ line: lineOf(text, 'ceo: chief-exective') });
		expect(errors[0].message).toMatch(
			/ceo names 'chief-exective', which is not a post; did you mean 'chief-executive'\?; set ceo to the id of the top post/
		);
	});

	it('a ceo with a line manager is named', () => {
		const text = edit(base, [
			'    unit: ceo-office\n',
			'    unit: ceo-office\n    reportsTo: director-places\n'
		]);
		const errors = errorsOf(text);
		expect(errors[0]).toMatchObject({
			line: lineOf(text, 'reportsTo: director-places\n    statutory'),
			field: 'posts[0].reportsTo'
		});
		expect(errors[0].message).toMatch(
			/the Chief Executive post 'chief-executive' \(ceo\) reports to 'director-places'; the top post has no line manager/
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

	it('a negative grade point is named', () => {
		const text = edit(base, ['point: 80000', 'point: -80000']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'point: -80000'), field: 'grades[2].point' },
			/grade 'head-of-service' point £-80000 is negative/
		);
	});

	it('a grade point outside its range gives the range', () => {
		const text = edit(base, ['point: 80000', 'point: 95000']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'point: 95000'), field: 'grades[2].point' },
			/point £95000 is outside its range £70000–£90000; move the point into the range/
		);
	});

	it('a missing grade point is named', () => {
		const text = edit(base, ['    max: 90000\n    point: 80000\n', '    max: 90000\n']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'id: head-of-service'), field: 'grades[2].point' },
			/missing field 'point'/
		);
	});

	it('a grade min above its max is named', () => {
		const text = edit(base, ['min: 70000', 'min: 95000']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'min: 95000'), field: 'grades[2].min' },
			/grade 'head-of-service' min £95000 is above max £90000/
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

	it('an unknown meeting chair is named', () => {
		const text = edit(base, ['    chair: director-places', '    chair: director-plaices']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'chair: director-plaices'), field: 'meetings[1].chair' },
			/chair: there is no post 'director-plaices'; did you mean 'director-places'\?/
		);
	});

	it('an unknown meeting member is named by position', () => {
		const text = edit(base, [
			'members: [head-parking, head-waste]',
			'members: [head-parking, head-wast]'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'members:'), field: 'meetings[1].members[1]' },
			/member: there is no post 'head-wast'; did you mean 'head-waste'\?/
		);
	});

	it('an unknown meeting curator is named', () => {
		const text = edit(base, [
			'    memberRules: [ceo-and-direct-reports]',
			'    memberRules: [ceo-and-direct-reports]\n    curators: [nobody]'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'curators:'), field: 'meetings[0].curators[0]' },
			/curator: there is no post 'nobody'/
		);
	});

	it('a meeting that feeds into nothing known is named', () => {
		const text = edit(base, ['feedsInto: [leadership-team]', 'feedsInto: [leadership]']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'feedsInto: [leadership]'), field: 'meetings[1].feedsInto[0]' },
			/feedsInto names 'leadership', which is neither a meeting nor a body/
		);
	});

	it('an assumption value that is not a finite number is named', () => {
		const text = edit(base, ['value: 0.0275', 'value: .inf']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'value: .inf'), field: 'assumptions.payAward.value' },
			/Infinity is not a finite number/
		);
	});

	it('a missing required assumption is named', () => {
		const text = edit(base, [
			'  baseYear:\n    label: Grade points priced at\n    value: 2020\n    unit: year\n    provenance: { kind: assumption, note: test value }\n',
			''
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'assumptions:'), field: 'assumptions' },
			/assumption 'baseYear' is missing/
		);
	});
});

describe('validateStructure on a structure in memory', () => {
	it('validateStructure finds nothing wrong with the fixture', () => {
		expect(validateStructure(loadBase())).toEqual([]);
	});

	it('validateStructure names the field by record id when there is no file', () => {
		const s = loadBase();
		s.posts.get('director-places')!.grade = 'nope';
		const errors = validateStructure(s, 'edit');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toEqual({
			file: 'edit',
			field: 'posts.director-places.grade',
			message: expect.stringMatching(/^unknown grade 'nope'/)
		});
		expect(formatModelError(errors[0])).toMatch(
			/^edit posts\.director-places\.grade: unknown grade/
		);
	});

	it('validateStructure uses the structure id when no file is given', () => {
		const s = loadBase();
		s.posts.get('director-places')!.reportsTo = 'director-people';
		s.posts.get('director-people')!.reportsTo = 'director-places';
		const [e] = validateStructure(s);
		expect(e.file).toBe('structure small-base');
		expect(e.line).toBeUndefined();
		expect(e.message).toMatch(
			/round in a circle: director-places → director-people → director-places/
		);
	});

	it('validateStructure catches an assumption value of NaN', () => {
		const s = loadBase();
		s.assumptions.payAward.value = Number.NaN;
		expect(validateStructure(s).map((e) => e.field)).toEqual(['assumptions.payAward.value']);
	});

	it('validateStructure catches a record whose key is not its id', () => {
		const s = loadBase();
		s.units.spare = { ...s.units.places };
		expect(validateStructure(s).map((e) => e.field)).toEqual(['units.spare.id']);
	});

	it('validateStructure catches a service in a unit that has gone', () => {
		const s = loadBase();
		s.services.libraries.unit = 'gone';
		const errors = validateStructure(s);
		expect(errors.map((e) => e.field)).toEqual(['services.libraries.unit']);
		expect(errors[0].message).toMatch(/sits in unit 'gone', which is not in the structure/);
	});

	it('validateStructure catches a duplicate id across collections', () => {
		const s = loadBase();
		s.bodies.parking = {
			id: 'parking',
			name: 'Parking board',
			kind: 'partnership',
			provenance: { kind: 'assumption', note: 'x' }
		};
		const [e] = validateStructure(s);
		expect(e.field).toBe('bodies.parking.id');
		expect(e.message).toMatch(
			/duplicate id 'parking': a service already uses it.*\(the other use: services\.parking\.id\)/
		);
	});

	it('validateStructure refuses line management kept as a link', () => {
		const s = loadBase();
		s.links.lm = {
			id: 'lm',
			type: 'line-management' as never,
			from: 'chief-executive',
			to: 'director-places',
			provenance: { kind: 'assumption', note: 'x' }
		};
		const [e] = validateStructure(s);
		expect(e.field).toBe('links.lm.type');
		expect(e.message).toMatch(/line management is kept as the post's reportsTo/);
	});
});

describe('per-field assumed values', () => {
	it('refuses an assumed field the record does not have, naming the fields it may', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
				post('md', 'Managing Director', {
					reportsTo: 'ceo',
					assumed: { grdae: 'typo', start: 'ok' }
				})
			]
		});
		const messages = validateStructure(s).map((e) => e.message);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/^assumed names 'grdae', which is not a field here; use one of: exists, title, grade/
		);
	});
});

describe('interim posts', () => {
	it('need an end date, a line manager and a covered post that exist', () => {
		const s = makeStructure({
			posts: [post('ceo', 'Chief Executive', { grade: 'chief-executive' })]
		});
		s.interimPosts = {
			stand: post('stand', 'Interim director', {
				status: 'interim',
				reportsTo: 'nobody',
				covers: 'md'
			})
		};
		expect(validateStructure(s).map((e) => e.message)).toEqual([
			"interim post 'stand' needs reportsTo naming a post",
			"interim post 'stand' needs an end date written YYYY-MM-DD",
			"covers names 'md', which is not a post of this structure"
		]);
	});
});
