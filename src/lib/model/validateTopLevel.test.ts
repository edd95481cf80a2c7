/**
 * The ceo, grades, default funding and assumptions (validateTopLevel.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from './validate';
import { edit, errorsOf, expectOneError, fixture, lineOf, loadBase } from '$lib/testing/modelFiles';

const base = fixture('small-base');

describe('validateStructure, through a file: each error names the file, line and field', () => {
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
	it('validateStructure catches an assumption value of NaN', () => {
		const s = loadBase();
		s.assumptions.payAward.value = Number.NaN;
		expect(validateStructure(s).map((e) => e.field)).toEqual(['assumptions.payAward.value']);
	});
});
