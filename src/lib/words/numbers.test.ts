import { describe, expect, it } from 'vitest';
import {
	formatChange,
	formatDecimal,
	formatHours,
	formatNumber,
	formatPercent,
	formatRate,
	listInWords
} from './numbers';

describe('numbers', () => {
	it('formatNumber groups and fixes decimals', () => {
		expect(formatNumber(1650)).toBe('1,650');
		expect(formatNumber(6.456, 1)).toBe('6.5');
		expect(formatNumber(-3)).toBe('−3');
	});

	it('formatDecimal keeps only the decimals a number has', () => {
		expect(formatDecimal(0.5)).toBe('0.5');
		expect(formatDecimal(1)).toBe('1');
		expect(formatDecimal(6.456, 1)).toBe('6.5');
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

	it('formatRate is exact to the basis point and drops the decimals a rate does not have', () => {
		expect(formatRate(0.0275)).toBe('2.75%');
		expect(formatRate(0.138)).toBe('13.8%');
		expect(formatRate(0.19)).toBe('19%');
		expect(formatRate(0.03125)).toBe('3.125%');
	});

	it('formatHours uses the singular for one hour', () => {
		expect(formatHours(1)).toBe('1 hour');
		expect(formatHours(3.5)).toBe('3.5 hours');
		expect(formatHours(1650)).toBe('1,650 hours');
	});

	it('listInWords joins the last item with "and"', () => {
		expect(listInWords([])).toBe('');
		expect(listInWords(['A'])).toBe('A');
		expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
