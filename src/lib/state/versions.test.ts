import { describe, expect, it } from 'vitest';
import { formatSavedAt, versionCompareQuery } from './versions';

describe('history wording', () => {
	it('formatSavedAt gives the UK date and time of a save', () => {
		// 21:05 UTC in November is 21:05 in London; in July it is 22:05 (British Summer Time).
		expect(formatSavedAt('2025-11-23T21:05:00.000Z')).toBe('23 November 2025 at 21:05');
		expect(formatSavedAt('2025-07-01T21:05:00.000Z')).toBe('1 July 2025 at 22:05');
		expect(formatSavedAt('not a date')).toBe('not a date');
	});

	it('versionCompareQuery puts the older version first', () => {
		expect(versionCompareQuery('my-option', 3, 1)).toEqual({ a: 'my-option@1', b: 'my-option@3' });
		expect(versionCompareQuery('my-option', 1, 2)).toEqual({ a: 'my-option@1', b: 'my-option@2' });
	});
});
