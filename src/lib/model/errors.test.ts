import { describe, expect, it } from 'vitest';
import { formatModelError, formatModelErrors, formatPath } from './errors';

describe('formatModelError', () => {
	it('formatModelError writes file:line:column field: message', () => {
		expect(
			formatModelError({
				file: 'models/x.yaml',
				line: 12,
				column: 5,
				field: 'posts[3].grade',
				message: 'unknown grade'
			})
		).toBe('models/x.yaml:12:5 posts[3].grade: unknown grade');
	});

	it('formatModelError leaves out the place when there is no file position', () => {
		expect(
			formatModelError({ file: 'structure x', field: 'posts.a.grade', message: 'unknown grade' })
		).toBe('structure x posts.a.grade: unknown grade');
	});

	it('formatModelError leaves out an empty field', () => {
		expect(
			formatModelError({ file: 'x.yaml', line: 3, column: 1, field: '', message: 'malformed YAML' })
		).toBe('x.yaml:3:1: malformed YAML');
	});

	it('formatModelErrors puts one error on each line', () => {
		const e = { file: 'a.yaml', field: 'id', message: 'm' };
		expect(formatModelErrors([e, e])).toBe('a.yaml id: m\na.yaml id: m');
	});

	it('formatPath writes list positions in brackets', () => {
		expect(formatPath(['units', 2, 'services', 0, 'id'])).toBe('units[2].services[0].id');
		expect(formatPath(['posts', 'md-city-operations', 'grade'])).toBe(
			'posts.md-city-operations.grade'
		);
	});
});
