/**
 * Circles of line management (validateCycles.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatModelError } from './errors';
import { edit, errorsOf, fixture } from '$lib/testing/modelFiles';

const base = fixture('small-base');

describe('validateStructure, through a file: each error names the file, line and field', () => {
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
});
