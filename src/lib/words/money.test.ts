import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyChange, formatMoneyPence, formatMoneyShort } from './money';

describe('money', () => {
	it('formatMoney writes whole pounds with grouping and a true minus', () => {
		expect(formatMoney(145500)).toBe('£145,500');
		expect(formatMoney(192011.26)).toBe('£192,011');
		expect(formatMoney(1141320.4)).toBe('£1,141,320');
		expect(formatMoney(-1200)).toBe('−£1,200');
		expect(formatMoney(0.5)).toBe('£1');
	});

	it('formatMoneyPence keeps two places', () => {
		expect(formatMoneyPence(1234.5)).toBe('£1,234.50');
		expect(formatMoneyPence(192011.26)).toBe('£192,011.26');
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
		expect(formatMoneyChange(-12345.4)).toBe('−£12,345');
		expect(formatMoneyChange(0.2)).toBe('£0');
	});
});

describe('masked pay', () => {
	it('reads as "masked" where the figure is withheld (null) or worked out from withheld pay (NaN)', () => {
		expect(formatMoney(null)).toBe('masked');
		expect(formatMoney(Number.NaN)).toBe('masked');
		expect(formatMoneyChange(null)).toBe('masked');
		expect(formatMoneyChange(0.4 * Number.NaN)).toBe('masked');
		expect(formatMoney(192_011)).toBe('£192,011');
	});
});
