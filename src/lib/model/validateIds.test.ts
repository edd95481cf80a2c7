/**
 * Ids shared across posts, units, services, bodies, meetings and grades (validateIds.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from './validate';
import { edit, errorsOf, expectOneError, fixture, lineOf, loadBase } from '$lib/testing/modelFiles';

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
});

describe('validateStructure on a structure in memory', () => {
	it('validateStructure catches a record whose key is not its id', () => {
		const s = loadBase();
		s.units.spare = { ...s.units.places };
		expect(validateStructure(s).map((e) => e.field)).toEqual(['units.spare.id']);
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
});
