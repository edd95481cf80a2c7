/**
 * Interim posts and per-field assumed values (validateInterim.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from './validate';
import { makeStructure, post } from '$lib/testing/structure';

describe('per-field assumed values', () => {
	it('refuses an assumed field the record does not have, naming the fields it may', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
				post('md', 'Managing Director', {
					reportsTo: 'ceo',
					assumed: { grdae: 'typo', start: 'ok' }
				})
			]
		});
		const messages = validateStructure(s).map((e) => e.message);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/^assumed names 'grdae', which is not a field here; use one of: exists, title, grade/
		);
	});
});

describe('interim posts', () => {
	it('need an end date, a line manager and a covered post that exist', () => {
		const s = makeStructure({
			posts: [post('ceo', 'Chief Executive', { grade: 'chief-executive' })]
		});
		s.interimPosts = {
			stand: post('stand', 'Interim director', {
				status: 'interim',
				reportsTo: 'nobody',
				covers: 'md'
			})
		};
		expect(validateStructure(s).map((e) => e.message)).toEqual([
			"interim post 'stand' needs reportsTo naming a post",
			"interim post 'stand' needs an end date written YYYY-MM-DD",
			"covers names 'md', which is not a post of this structure"
		]);
	});
});
