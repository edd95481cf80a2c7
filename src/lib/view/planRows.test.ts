import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { toPlanChangeRows, toPlanRows } from './planRows';

const model = (id: string) => loadBuiltInModels().find((m) => m.id === id)!;

describe('toPlanRows', () => {
	it('costs the 2021 model in each plan year at that year’s rates, the chosen ones labelled', () => {
		const rows = toPlanRows(model('core-delivery-2021'));
		expect(rows.map((r) => r.year)).toEqual([
			'2021/22',
			'2022/23',
			'2023/24',
			'2024/25',
			'2025/26'
		]);
		// The same figures as `model compare … --json` (costAcrossPlan, after), which an
		// independent recomputation agreed with to the penny.
		expect(rows.map((r) => r.cost)).toEqual([
			'£4,263,598',
			'£5,151,611',
			'£5,113,710',
			'£5,134,580',
			'£5,340,565'
		]);
		const y2022 = rows[1];
		// Two awards of 2.75% on the 2020/21 points: 1.0275² = 1.05575625.
		expect(y2022.payFactor).toBe('1.0558');
		expect(y2022.niRate).toEqual({
			text: '14.53%',
			label: '2022/23: employer National Insurance rate',
			assumed: false
		});
		expect(y2022.pensionRate.assumed).toBe(true);
		expect(rows[4].niThreshold.text).toBe('£5,000');
	});
});

describe('toPlanChangeRows', () => {
	it('gives the change from 2020 to 2021 each year, the old posts paid to 30 September 2021', () => {
		const rows = toPlanChangeRows(model('clt-2020'), model('core-delivery-2021'));
		expect(rows[0]).toEqual({
			year: '2021/22',
			before: '£4,372,669',
			after: '£4,263,598',
			outgoing: '£490,438',
			change: '+£381,368',
			revenueChange: '+£270,015'
		});
		expect(rows[4].revenueChange).toBe('+£621,361');
	});
});
