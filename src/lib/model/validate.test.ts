/**
 * validateStructure itself: the checks run in order, and errors are named without a file
 * (validate.ts). The checks of each record type are tested beside their modules.
 */
import { describe, expect, it } from 'vitest';
import { formatModelError } from './errors';
import { validateStructure } from './validate';
import { loadBase } from '$lib/testing/modelFiles';

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
});
