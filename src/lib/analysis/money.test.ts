import { describe, expect, it } from 'vitest';
import { roundPence, toPence } from './money';

describe('money', () => {
	it('toPence rounds half a penny up despite binary error', () => {
		// 1.005 × 100 is 100.49999999999999 in floating point; a payroll rounds it to 101p.
		expect(toPence(1.005)).toBe(101);
		// (145,500 − 8,788) × 13.8% = 18,866.256 → 1,886,626p
		expect(toPence((145500 - 8788) * 0.138)).toBe(1886626);
		expect(roundPence(18866.256)).toBe(18866.26);
	});
});
