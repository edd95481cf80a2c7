import { describe, expect, it } from 'vitest';
import {
	dateWord,
	financialYearOf,
	formatDate,
	formatFinancialYear,
	weekOfMonthDays,
	weekOfMonthWords
} from './dates';

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

describe('weeks of a month', () => {
	it('weekOfMonthWords counts weeks from the 1st: week 1 is 1–7, week 4 is 22–28', () => {
		expect(weekOfMonthDays(1)).toEqual({ first: 1, last: 7 });
		expect(weekOfMonthDays(4)).toEqual({ first: 22, last: 28 });
		expect(weekOfMonthWords(2, 'April')).toBe('8–14 April');
		expect(weekOfMonthWords(3)).toBe('days 15–21');
	});
});
