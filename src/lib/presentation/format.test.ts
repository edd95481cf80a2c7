import { describe, expect, it } from 'vitest';
import {
	financialYearOf,
	formatChange,
	formatDate,
	formatFinancialYear,
	formatHours,
	formatMoney,
	formatMoneyChange,
	formatMoneyPence,
	formatMoneyShort,
	formatNumber,
	formatPercent
} from './format.ts';

describe('format', () => {
	it('formatMoney writes whole pounds with grouping and a true minus', () => {
		expect(formatMoney(145500)).toBe('£145,500');
		expect(formatMoney(1141320.4)).toBe('£1,141,320');
		expect(formatMoney(-1200)).toBe('−£1,200');
		expect(formatMoney(0.5)).toBe('£1');
	});

	it('formatMoneyPence keeps two places', () => {
		expect(formatMoneyPence(1234.5)).toBe('£1,234.50');
	});

	it('formatMoneyShort writes millions to two places, as the Cabinet report does', () => {
		expect(formatMoneyShort(510000)).toBe('£0.51m');
		expect(formatMoneyShort(2622999)).toBe('£2.62m');
		expect(formatMoneyShort(-510000)).toBe('−£0.51m');
		expect(formatMoneyShort(8788)).toBe('£8.8k');
		expect(formatMoneyShort(250)).toBe('£250');
	});

	it('formatMoneyChange signs the change', () => {
		expect(formatMoneyChange(510000)).toBe('+£510,000');
		expect(formatMoneyChange(-12300)).toBe('−£12,300');
		expect(formatMoneyChange(0.2)).toBe('£0');
	});

	it('formatNumber groups and fixes decimals', () => {
		expect(formatNumber(1650)).toBe('1,650');
		expect(formatNumber(6.456, 1)).toBe('6.5');
		expect(formatNumber(-3)).toBe('−3');
	});

	it('formatChange signs a change in a count', () => {
		expect(formatChange(2)).toBe('+2');
		expect(formatChange(-1.5, 1)).toBe('−1.5');
		expect(formatChange(0)).toBe('0');
		expect(formatChange(-0.01, 1)).toBe('0.0');
	});

	it('formatPercent shows whole rates without decimals and others to one place', () => {
		expect(formatPercent(0.19)).toBe('19%');
		expect(formatPercent(0.138)).toBe('13.8%');
		expect(formatPercent(0.0275, 2)).toBe('2.75%');
	});

	it('formatHours uses the singular for one hour', () => {
		expect(formatHours(1)).toBe('1 hour');
		expect(formatHours(3.5)).toBe('3.5 hours');
		expect(formatHours(1650)).toBe('1,650 hours');
	});

	it('financial years start on 1 April', () => {
		expect(financialYearOf('2021-04-01')).toBe('2021/22');
		expect(financialYearOf('2021-03-31')).toBe('2020/21');
		expect(formatFinancialYear(1999)).toBe('1999/00');
	});

	it('formatDate writes a British date', () => {
		expect(formatDate('2021-01-19')).toBe('19 January 2021');
	});
});
