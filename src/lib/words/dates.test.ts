import { describe, expect, it } from 'vitest';
import { dateWord, financialYearOf, formatDate, formatFinancialYear } from './dates';

describe('dates', () => {
	it('financial years start on 1 April and are written 2020/21', () => {
		expect(financialYearOf('2021-04-01')).toBe('2021/22');
		expect(financialYearOf('2021-03-31')).toBe('2020/21');
		expect(formatFinancialYear(2020)).toBe('2020/21');
		expect(formatFinancialYear(1999)).toBe('1999/00');
	});

	it('formatDate writes a British date', () => {
		expect(formatDate('2021-01-19')).toBe('19 January 2021');
		expect(dateWord('2021-07-01')).toBe('1 July 2021');
		expect(dateWord(undefined)).toBe('none');
	});
});
