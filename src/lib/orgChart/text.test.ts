import { describe, expect, it } from 'vitest';
import { wrapText } from './text.ts';

describe('wrapText', () => {
	it('wrapText breaks at word boundaries within the width', () => {
		expect(wrapText('Managing Director: City Operations', 24, 3)).toEqual([
			'Managing Director: City',
			'Operations'
		]);
	});

	it('wrapText ends an overlong label with an ellipsis on the last line', () => {
		const lines = wrapText(
			'Director of Partnership, Participation and Equality and more words',
			20,
			2
		);
		expect(lines).toEqual(['Director of', 'Partnership,…']);
	});

	it('wrapText cuts a word longer than a line', () => {
		expect(wrapText('Supercalifragilistic', 10, 3)).toEqual(['Supercali-', 'fragilist-', 'ic']);
	});

	it('wrapText leaves the number of lines open unless told', () => {
		expect(wrapText('Managing Director: City Operations', 20)).toEqual([
			'Managing Director:',
			'City Operations'
		]);
		expect(wrapText('', 10)).toEqual([]);
	});
});
