import { describe, expect, it } from 'vitest';
import { parseStructureYaml, type ParseOptions } from './load';
import {
	edit,
	errorsOf,
	expectOneError,
	fixture,
	lineOf,
	loadBase,
	OPTION_FILE
} from '$lib/testing/modelFiles';
import type { Structure } from './types';

const option = fixture('small-option');

function derive(text = option, base: Structure = loadBase()): Structure {
	const r = parseStructureYaml(text, OPTION_FILE, {
		resolveBase: (id) => (id === base.id ? base : undefined)
	});
	if (!r.ok) throw new Error(r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`).join('\n'));
	return r.structure;
}

const withBase = (): ParseOptions => {
	const base = loadBase();
	return { resolveBase: (id) => (id === base.id ? base : undefined), availableBases: [base.id] };
};

describe('a derived file is its base plus its differences', () => {
	it('the derived structure has its own id and names its base', () => {
		const s = derive();
		expect(s.id).toBe('small-option');
		expect(s.derivedFrom).toBe('small-base');
		expect(s.name).toBe('Small test council, option');
		expect(s.date).toBe('2021-01-19');
		// Not given in the option, so taken from the base.
		expect(s.description).toBe('A structure small enough to check by hand.');
		expect(s.ceo).toBe('chief-executive');
		expect(s.sources).toEqual(['003_e19b15a5f720a5bc.txt']);
	});

	it('an entry with an existing id changes only the fields it gives', () => {
		const p = derive().posts.get('head-parking')!;
		expect(p).toMatchObject({
			title: 'Head of Parking',
			grade: 'head-of-service',
			reportsTo: 'director-people',
			unit: 'people',
			status: 'new',
			start: '2021-04-01',
			end: '2022-03-31'
		});
		// fte: null removes the base's 0.5, so the default of 1 applies again.
		expect(p.fte).toBe(1);
		expect(derive().meetings['places-board'].members).toEqual(['head-transport']);
		expect(derive().meetings['places-board'].chair).toBe('director-places');
	});

	it('an entry with a new id is added whole, with defaults', () => {
		expect(derive().posts.get('head-transport')).toEqual({
			id: 'head-transport',
			title: 'Head of Transport',
			grade: 'head-of-service',
			unit: 'places',
			reportsTo: 'director-places',
			status: 'new',
			fte: 1,
			statutoryRoles: [],
			provenance: { kind: 'assumption', note: 'test value' }
		});
	});

	it('remove deletes records and the links that pointed at them', () => {
		const s = derive();
		expect(s.posts.get('head-waste')).toBeUndefined();
		// Removed by name.
		expect(s.links['places-supports-people']).toBeUndefined();
		// Removed because it pointed at head-waste.
		expect(s.links['dotted-line:head-waste->head-parking']).toBeUndefined();
		expect(Object.keys(s.links)).toEqual(['holds-to-account:cabinet->places']);
		expect([...s.posts.keys()]).toHaveLength(6);
	});

	it('a service listed under another unit moves there', () => {
		const s = derive();
		expect(s.services.parking).toEqual({
			id: 'parking',
			name: 'Parking',
			unit: 'people',
			provenance: { kind: 'assumption', note: 'test value' }
		});
		expect(s.services.waste.unit).toBe('places');
		// The unit entry that carried the service changed nothing else about the unit.
		expect(s.units.people).toEqual(loadBase().units.people);
	});

	it('assumptions and spanRules merge field by field', () => {
		const s = derive();
		expect(s.assumptions.payAward).toEqual({
			label: 'Pay award a year',
			value: 0.03,
			unit: 'rate',
			provenance: { kind: 'assumption', note: 'test value' }
		});
		expect(s.assumptions.employerNiRate.value).toBe(0.138);
		expect(s.spanRules).toEqual({
			ceoMax: 4,
			averageTarget: 10,
			averageTolerance: 2,
			narrowBelow: 3
		});
	});

	it('defaultFunding and statedCostChange merge field by field', () => {
		const text = edit(option, [
			'spanRules:',
			'defaultFunding: { split: { generalFund: 80, hra: 20 } }\nstatedCostChange: { label: Stated saving, value: -100000, provenance: { kind: assumption, note: x } }\nspanRules:'
		]);
		const s = derive(text);
		expect(s.defaultFunding).toEqual({
			split: { generalFund: 80, hra: 20 },
			provenance: { kind: 'assumption', note: 'test value' }
		});
		expect(s.statedCostChange?.value).toBe(-100000);
	});

	it('a new assumption is added whole', () => {
		const text = edit(option, [
			'  payAward: { value: 0.03 }',
			'  payAward: { value: 0.03 }\n  apprenticeshipLevy: { label: Apprenticeship levy, value: 0.005, unit: rate, provenance: { kind: assumption, note: x } }'
		]);
		expect(derive(text).assumptions.apprenticeshipLevy.value).toBe(0.005);
	});

	it('laying a file over its base leaves the base untouched', () => {
		const base = loadBase();
		derive(option, base);
		expect(base).toEqual(loadBase());
	});

	it('a line-management link in a derived file changes the report’s manager', () => {
		const text = edit(
			option,
			[
				'remove:',
				'links:\n  - { type: line-management, from: director-people, to: head-waste, provenance: { kind: assumption, note: x } }\nremove:'
			],
			['remove: [head-waste, places-supports-people]', 'remove: [places-supports-people]']
		);
		const s = derive(text);
		expect(s.posts.get('head-waste')!.reportsTo).toBe('director-people');
	});

	it('a derived file may set an optional field to null to remove it', () => {
		const text = edit(option, [
			'  - { id: head-parking,',
			'  - { id: director-people, funding: null }\n  - { id: head-parking,'
		]);
		expect(derive(text).posts.get('director-people')!.funding).toBeUndefined();
	});
});

describe('a derived file is refused when its differences do not fit its base', () => {
	it('an unknown base is named, with the structures available', () => {
		const text = edit(option, ['derivedFrom: small-base', 'derivedFrom: small-bsae']);
		expectOneError(
			errorsOf(text, OPTION_FILE, withBase()),
			{ file: OPTION_FILE, line: lineOf(text, 'derivedFrom'), field: 'derivedFrom' },
			/derivedFrom names 'small-bsae', which is not a loaded structure; the structures available are: small-base/
		);
	});

	it('a new entry that lacks fields says it is new, so a misspelt id is easy to spot', () => {
		const text = edit(option, ['  - { id: head-parking,', '  - { id: head-parkin,']);
		const errors = errorsOf(text, OPTION_FILE, withBase());
		const line = lineOf(text, 'head-parkin,');
		expect(errors.map((e) => [e.line, e.field])).toEqual([
			[line, 'posts[0].title'],
			[line, 'posts[0].grade'],
			[line, 'posts[0].provenance'],
			[line, 'posts[0].id']
		]);
		expect(errors[3].message).toMatch(
			/'head-parkin' is not in small-base, so this entry adds a new post and must give all its fields/
		);
	});

	it('remove with an id the base lacks is named', () => {
		const text = edit(option, ['remove: [head-waste,', 'remove: [head-wast,']);
		expectOneError(
			errorsOf(text, OPTION_FILE, withBase()),
			{ file: OPTION_FILE, line: lineOf(text, 'remove:'), field: 'remove[0]' },
			/remove names 'head-wast', which small-base does not have/
		);
	});

	it('an id both removed and listed is named', () => {
		const text = edit(option, ['remove: [head-waste,', 'remove: [head-parking, head-waste,']);
		expectOneError(
			errorsOf(text, OPTION_FILE, withBase()),
			{ file: OPTION_FILE, line: lineOf(text, '{ id: head-parking'), field: 'posts[0].id' },
			/'head-parking' is both removed and listed; drop it from remove or drop this entry/
		);
	});

	it('the same id listed twice in a derived file is named with both lines', () => {
		const text = edit(option, [
			'  - id: head-transport',
			'  - { id: head-parking, status: vacant }\n  - id: head-transport'
		]);
		expectOneError(
			errorsOf(text, OPTION_FILE, withBase()),
			{ file: OPTION_FILE, line: lineOf(text, 'status: vacant'), field: 'posts[1].id' },
			new RegExp(`this file already lists this post at line ${lineOf(text, '{ id: head-parking')}`)
		);
	});

	it('an unknown field in a patch is named', () => {
		const text = edit(option, ['status: new }', 'staus: new }']);
		expectOneError(
			errorsOf(text, OPTION_FILE, withBase()),
			{ file: OPTION_FILE, line: lineOf(text, 'staus'), field: 'posts[0].staus' },
			/unknown field 'staus'; did you mean 'status'\?/
		);
	});

	it('a problem the differences leave in an unchanged base record is named by id, without a line', () => {
		const text = edit(option, ['remove: [head-waste,', 'remove: [director-people, head-waste,']);
		const errors = errorsOf(text, OPTION_FILE, withBase());
		const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
		// head-parking's new manager is in the file, so its error has a line.
		expect(byField['posts[0].reportsTo'].line).toBe(lineOf(text, '{ id: head-parking'));
		// head-libraries is untouched base data: no line in this file, but its id and field.
		expect(byField['posts.head-libraries.reportsTo'].file).toBe(OPTION_FILE);
		expect(byField['posts.head-libraries.reportsTo'].line).toBeUndefined();
		expect(byField['posts.head-libraries.reportsTo'].message).toMatch(
			/there is no post 'director-people'/
		);
		// The people unit is listed in the option (to take parking), so its error is placed there.
		expect(byField['units[0].head'].line).toBe(lineOf(text, '  - id: people'));
	});
});
