/**
 * Units and services (validateUnits.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from './validate';
import { loadBase } from '$lib/testing/modelFiles';

describe('validateStructure on a structure in memory', () => {
	it('validateStructure catches a service in a unit that has gone', () => {
		const s = loadBase();
		s.services.libraries.unit = 'gone';
		const errors = validateStructure(s);
		expect(errors.map((e) => e.field)).toEqual(['services.libraries.unit']);
		expect(errors[0].message).toMatch(/sits in unit 'gone', which is not in the structure/);
	});
});
