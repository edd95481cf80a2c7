import { describe, expect, it } from 'vitest';
import { toSpanHistogram } from './spanHistogram.ts';

describe('toSpanHistogram', () => {
	it('toSpanHistogram draws an empty column for every span nobody has, up to the widest', () => {
		const cols = toSpanHistogram([
			{ span: 2, managers: 3 },
			{ span: 5, managers: 1 }
		]);
		expect(cols.map((c) => [c.label, c.value])).toEqual([
			['1', 0],
			['2', 3],
			['3', 0],
			['4', 0],
			['5', 1]
		]);
	});

	it('toSpanHistogram highlights the CEO span and describes each column in words', () => {
		const cols = toSpanHistogram(
			[
				{ span: 1, managers: 1 },
				{ span: 10, managers: 1 }
			],
			10
		);
		expect(cols).toHaveLength(10);
		expect(cols[9]).toMatchObject({
			highlight: true,
			description: '1 manager with 10 direct reports'
		});
		expect(cols[0]).toMatchObject({
			highlight: false,
			description: '1 manager with 1 direct report'
		});
		expect(cols[4].description).toBe('0 managers with 5 direct reports');
	});

	it('toSpanHistogram adds managers listed twice under the same span', () => {
		const cols = toSpanHistogram([
			{ span: 3, managers: 2 },
			{ span: 3, managers: 1 }
		]);
		expect(cols[2].value).toBe(3);
	});

	it('toSpanHistogram returns no columns for a structure without managers', () => {
		expect(toSpanHistogram([])).toEqual([]);
	});
});

describe('toSpanHistogram options', () => {
	it('draws columns up to a span nobody reaches and names the highlighted column in the table', () => {
		const cols = toSpanHistogram([{ span: 3, managers: 2 }], 3, {
			atLeast: 10,
			highlightNote: 'Chief Executive'
		});
		expect(cols).toHaveLength(10);
		expect(cols[2]).toMatchObject({ value: 2, highlight: true, tableNote: 'Chief Executive' });
		expect(cols[9]).toMatchObject({ label: '10', value: 0 });
		expect(cols[9].tableNote).toBeUndefined();
	});
});
