import { describe, expect, it } from 'vitest';
import { assumptionFromInput, assumptionToInput } from './assumptionInput';

describe('assumption inputs', () => {
	it('assumptionToInput shows a rate as a percentage and other units as they are', () => {
		expect(assumptionToInput({ unit: 'rate', value: 0.138 })).toBe(13.8);
		expect(assumptionToInput({ unit: 'rate', value: 0.0275 })).toBe(2.75);
		expect(assumptionToInput({ unit: 'pounds', value: 8788 })).toBe(8788);
		expect(assumptionToInput({ unit: 'year', value: 2020 })).toBe(2020);
	});

	it('assumptionFromInput turns 13.8% back into exactly 0.138 and an empty field into NaN', () => {
		expect(assumptionFromInput({ unit: 'rate' }, 13.8)).toBe(0.138);
		expect(assumptionFromInput({ unit: 'rate' }, 19)).toBe(0.19);
		expect(assumptionFromInput({ unit: 'hours' }, 1650)).toBe(1650);
		expect(assumptionFromInput({ unit: 'rate' }, null)).toBeNaN();
	});
});
