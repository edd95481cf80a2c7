/**
 * Links and meetings (validateLinks.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from './validate';
import { edit, errorsOf, expectOneError, fixture, lineOf, loadBase } from '$lib/testing/modelFiles';

const base = fixture('small-base');

describe('validateStructure, through a file: each error names the file, line and field', () => {
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
});

describe('validateStructure on a structure in memory', () => {
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
