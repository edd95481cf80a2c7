import { describe, expect, it } from 'vitest';
import { parseStructureYaml } from './load';
import {
	BASE_FILE,
	edit,
	errorsOf,
	expectOneError,
	fixture,
	lineOf,
	loadBase
} from '$lib/testing/modelFiles';
import { structureFromJson, structureToJson } from './structureDocument';

const base = fixture('small-base');

describe('parseStructureYaml on a full file', () => {
	it('parseStructureYaml returns every record keyed by id', () => {
		const s = loadBase();
		expect([...s.posts.keys()]).toEqual([
			'chief-executive',
			'director-places',
			'director-people',
			'head-parking',
			'head-waste',
			'head-libraries'
		]);
		expect(Object.keys(s.units)).toEqual(['ceo-office', 'places', 'people']);
		expect(Object.keys(s.grades)).toEqual(['chief-exec', 'director', 'head-of-service']);
		expect(Object.keys(s.meetings)).toEqual(['leadership-team', 'places-board']);
		expect(s.bodies.cabinet).toEqual({
			id: 'cabinet',
			name: 'Cabinet',
			kind: 'member',
			provenance: { kind: 'assumption', note: 'test value' }
		});
		expect(s.oneOffCosts['recruitment-1'].amount).toBe(40000);
		expect(s.oneOffCosts['recruitment-1'].financialYear).toBe('2020/21');
		expect(s.date).toBe('2020-12-01');
		expect(s.schemaVersion).toBe(1);
		expect(s.derivedFrom).toBeUndefined();
		expect(s.sources).toEqual(['003_e19b15a5f720a5bc.txt']);
	});

	it('parseStructureYaml fills the defaults a file leaves out', () => {
		const s = loadBase();
		// head-waste gives no fte, status or statutoryRoles.
		expect(s.posts.get('head-waste')).toMatchObject({
			fte: 1,
			status: 'existing',
			statutoryRoles: []
		});
		expect('funding' in s.posts.get('head-waste')!).toBe(false);
		// head-parking gives its own.
		expect(s.posts.get('head-parking')).toMatchObject({ fte: 0.5, status: 'interim' });
		expect(s.meetings['leadership-team']).toMatchObject({ curators: [], members: [] });
		expect(s.spanRules).toEqual({
			ceoMax: 5,
			averageTarget: 10,
			averageTolerance: 2,
			narrowBelow: 3
		});
	});

	it('parseStructureYaml keeps a spanRules field the file gives and defaults the rest', () => {
		const text = edit(base, [
			'defaultFunding:',
			'spanRules: { ceoMax: 7, narrowBelow: 4 }\ndefaultFunding:'
		]);
		const r = parseStructureYaml(text, BASE_FILE);
		expect(r.ok && r.structure.spanRules).toEqual({
			ceoMax: 7,
			averageTarget: 10,
			averageTolerance: 2,
			narrowBelow: 4
		});
	});

	it('parseStructureYaml puts each service in the unit it is listed under', () => {
		const s = loadBase();
		expect(s.services.parking).toEqual({
			id: 'parking',
			name: 'Parking',
			unit: 'places',
			provenance: { kind: 'assumption', note: 'test value' }
		});
		expect(s.services.libraries.unit).toBe('people');
		expect('services' in s.units.places).toBe(false);
	});

	it('parseStructureYaml gives a link without an id the id type:from->to', () => {
		const s = loadBase();
		expect(Object.keys(s.links)).toEqual([
			'holds-to-account:cabinet->places',
			'dotted-line:head-waste->head-parking',
			'places-supports-people'
		]);
		expect(s.links['holds-to-account:cabinet->places']).toMatchObject({
			type: 'holds-to-account',
			from: 'cabinet',
			to: 'places'
		});
	});

	it('parseStructureYaml folds a line-management link into the report’s reportsTo', () => {
		const s = loadBase();
		// director-people has no reportsTo in the file; the link gives it.
		expect(s.posts.get('director-people')!.reportsTo).toBe('chief-executive');
		expect(Object.values(s.links).some((l) => (l.type as string) === 'line-management')).toBe(
			false
		);
	});

	it('parseStructureYaml accepts a line-management link that agrees with reportsTo', () => {
		const text = edit(base, [
			'    director: true\n    funding:',
			'    reportsTo: chief-executive\n    director: true\n    funding:'
		]);
		const r = parseStructureYaml(text, BASE_FILE);
		expect(r.ok && r.structure.posts.get('director-people')!.reportsTo).toBe('chief-executive');
	});

	it('parseStructureYaml returns plain data that survives structuredClone and JSON', () => {
		const s = loadBase();
		expect(structuredClone(s)).toEqual(s);
		expect(structureFromJson(structureToJson(s))).toEqual(s);
	});
});

describe('parseStructureYaml refuses a badly formed file', () => {
	it('malformed YAML gives the line of the syntax error', () => {
		const text = edit(base, ['    title: Head of Waste', '    title: [Head of Waste']);
		const errors = errorsOf(text);
		expect(errors.length).toBeGreaterThanOrEqual(1);
		expect(errors[0].file).toBe(BASE_FILE);
		expect(errors[0].message).toMatch(/^malformed YAML/);
		// The parser notices the unclosed list at or just after the line that opens it.
		const opened = lineOf(text, '[Head of Waste');
		expect(errors[0].line).toBeGreaterThanOrEqual(opened);
		expect(errors[0].line).toBeLessThanOrEqual(opened + 2);
	});

	it('a repeated key in one entry is a YAML error with its line', () => {
		const text = edit(base, [
			'    title: Head of Waste',
			'    title: Head of Waste\n    title: Waste'
		]);
		const errors = errorsOf(text);
		expect(errors[0].line).toBe(lineOf(text, '    title: Waste'));
		expect(errors[0].message).toMatch(/unique/i);
	});

	it('an empty file is refused with a message saying what a structure needs', () => {
		const errors = errorsOf('# nothing yet\n');
		expect(errors[0].message).toMatch(/the file is empty; a structure needs id/);
	});

	it('an unknown field is named, with the likely spelling', () => {
		const text = edit(base, [
			'    grade: director\n    unit: places\n    reportsTo: chief-executive',
			'    grade: director\n    unit: places\n    reportTo: chief-executive'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'reportTo:'), field: 'posts[1].reportTo' },
			/unknown field 'reportTo'; did you mean 'reportsTo'\?/
		);
	});

	it('an unknown top-level field is named', () => {
		const text = edit(base, ['ceo: chief-executive', 'ceo: chief-executive\nceoo: x']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'ceoo'), field: 'ceoo' },
			/unknown field 'ceoo'/
		);
	});

	it('remove in a full file is explained as belonging to a derived file', () => {
		const text = edit(base, ['ceo: chief-executive', 'ceo: chief-executive\nremove: [head-waste]']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'remove:'), field: 'remove' },
			/only in a derived file/
		);
	});

	it('a missing required field is named at its entry', () => {
		const text = edit(base, ['    title: Head of Waste\n', '']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '- id: head-waste'), field: 'posts[4].title' },
			/missing field 'title'; add it/
		);
	});

	it('a missing provenance says what provenance looks like', () => {
		const text = edit(base, [
			'    kind: member\n    provenance: { kind: assumption, note: test value }\n',
			'    kind: member\n'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, '- id: cabinet'), field: 'bodies[0].provenance' },
			/missing field 'provenance'.*kind: source, file/
		);
	});

	it('a provenance kind that does not exist lists the kinds', () => {
		const text = edit(base, [
			'    provenance: { kind: source, file: 003_e19b15a5f720a5bc.txt',
			'    provenance: { kind: sauce, file: 003_e19b15a5f720a5bc.txt'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'kind: sauce'), field: 'posts[3].provenance.kind' },
			/provenance kind 'sauce' is not one of: source, public-record, assumption, reconstruction/
		);
	});

	it('a value outside a list of options lists the options', () => {
		const text = edit(base, ['    status: interim', '    status: acting']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'status: acting'), field: 'posts[3].status' },
			/the text 'acting' is not allowed here; use one of: existing, new, deleted, interim, vacant/
		);
	});

	it('text where a number belongs says what it found', () => {
		const text = edit(base, ['    fte: 0.5', '    fte: half']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'fte: half'), field: 'posts[3].fte' },
			/expected a number, found the text 'half'/
		);
	});

	it('a number where an id belongs suggests quotes', () => {
		const text = edit(base, ['id: small-base', 'id: 2020']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'id: 2020'), field: 'id' },
			/put it in quotes/
		);
	});

	it('an id with a space is refused', () => {
		const text = edit(base, ['  - id: head-waste', '  - id: head waste']);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'head waste'), field: 'posts[4].id' },
			/'head waste' is not a usable id/
		);
	});

	it('an unknown funding source is named', () => {
		const text = edit(base, [
			'funding: { generalFund: 60, hra: 40 }',
			'funding: { generalFund: 60, hrA: 40 }'
		]);
		expectOneError(
			errorsOf(text),
			{ line: lineOf(text, 'hrA'), field: 'posts[2].funding.hrA' },
			/unknown field 'hrA'; did you mean 'hra'\?/
		);
	});

	it('every error in the file is reported, not just the first', () => {
		const text = edit(
			base,
			['    fte: 0.5', '    fte: half'],
			['    status: interim', '    status: acting']
		);
		expect(errorsOf(text).map((e) => e.field)).toEqual(['posts[3].fte', 'posts[3].status']);
	});
});
