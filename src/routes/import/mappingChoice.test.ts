import { describe, expect, it } from 'vitest';
import { choiceOf, rememberChoice, rememberedChoice, sameChoice } from './mappingChoice';

function memory() {
	const m = new Map<string, string>();
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v)
	};
}
const HEADERS = ['Post No', 'Manager Post', 'Designation', 'Band', 'Directorate'];

describe('the remembered mapping', () => {
	it('comes back for a file with the same headers, and not for another', () => {
		const storage = memory();
		const chosen = choiceOf({
			id: 'Post No',
			reportsTo: 'Manager Post',
			title: 'Designation',
			grade: 'Band',
			units: ['Directorate']
		});
		rememberChoice(storage, HEADERS, chosen);
		const back = rememberedChoice(
			storage,
			['post no', 'MANAGER POST', 'Designation', 'Band', 'Directorate'].map((h, i) =>
				i < 2 ? HEADERS[i] : h
			)
		);
		expect(back && sameChoice(back, chosen)).toBe(true);
		expect(back?.fields.salary).toBe('');
		expect(rememberedChoice(storage, [...HEADERS, 'Salary'])).toBeUndefined();
	});

	it('is ignored when it names a column the file does not have, or is not a mapping', () => {
		const storage = memory();
		const chosen = choiceOf({ id: 'Post No', units: ['Division'] });
		rememberChoice(storage, HEADERS, chosen);
		expect(rememberedChoice(storage, HEADERS)).toBeUndefined();
		storage.setItem('council-design.import-mapping.x', 'not json');
		expect(rememberedChoice(storage, ['X'])).toBeUndefined();
	});
});
