import { describe, expect, it } from 'vitest';
import { dayNumber, parseFinancialYear } from './financialYear';

describe('financialYear', () => {
	it('parseFinancialYear runs from 1 April to 31 March', () => {
		const fy = parseFinancialYear('2021/22');
		expect(fy.startYear).toBe(2021);
		expect(fy.firstDay).toBe(dayNumber('2021-04-01', 'x'));
		expect(fy.lastDay).toBe(dayNumber('2022-03-31', 'x'));
		expect(fy.days).toBe(365);
		// 2023/24 holds 29 February 2024.
		expect(parseFinancialYear('2023/24').days).toBe(366);
		expect(parseFinancialYear('1999/00').startYear).toBe(1999);
	});

	it('parseFinancialYear and dayNumber refuse malformed input with the expected form', () => {
		expect(() => parseFinancialYear('2021/23')).toThrow(/'2021\/23' is not of the form 2021\/22/);
		expect(() => parseFinancialYear('2021')).toThrow(/form 2021\/22/);
		expect(() => dayNumber('2021-02-30', 'Post x start')).toThrow(
			"Post x start: '2021-02-30' is not a date of the form YYYY-MM-DD"
		);
	});
});
