import { describe, expect, it } from 'vitest';
import {
	benchmarkVerdict,
	formatSpanRatio,
	toSpanBenchmarks,
	SPAN_RULES_SOURCE
} from './spanBenchmarks.ts';

const rules = { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 };

describe('toSpanBenchmarks', () => {
	it('toSpanBenchmarks sets the CEO span of 10 (11 with office) against best practice of 5, cited to the Cabinet report', () => {
		const [ceo] = toSpanBenchmarks(
			{ ceo: { span: 10, spanWithOffice: 11 }, averageSpan: 6 },
			rules
		);
		expect(ceo.value).toBe(10);
		expect(ceo.extra).toEqual({ value: 11, valueText: '11', label: 'with the office' });
		expect(ceo.reference).toEqual({
			value: 5,
			label: 'Best practice: no more than 5',
			source: SPAN_RULES_SOURCE
		});
		expect(SPAN_RULES_SOURCE.href).toBe('/sources#source-003');
		expect(ceo.sentence).toBe(
			'The Chief Executive has 10 direct reports (11 counting the office); best practice is no more than 5 (Cabinet report, 19 January 2021, Appendix A section 3).'
		);
	});

	it('toSpanBenchmarks leaves out the office bar when the CEO has no office post', () => {
		const [ceo] = toSpanBenchmarks({ ceo: { span: 5, spanWithOffice: 5 }, averageSpan: 6 }, rules);
		expect(ceo.extra).toBeUndefined();
		expect(ceo.sentence).toContain('has 5 direct reports;');
	});

	it('toSpanBenchmarks writes the average as a ratio against the 1:10 target', () => {
		const [, avg] = toSpanBenchmarks(
			{ ceo: { span: 10, spanWithOffice: 11 }, averageSpan: 6.25 },
			rules
		);
		expect(avg.valueText).toBe('1:6.3');
		expect(avg.reference.label).toBe('Target: near 1:10');
		expect(avg.sentence).toBe(
			'The average manager has 6.3 direct reports (1:6.3); the target is near 1:10 (Cabinet report, 19 January 2021, Appendix A section 3).'
		);
	});

	it('toSpanBenchmarks does not cite the source for a rule the model has changed', () => {
		const [ceo, avg] = toSpanBenchmarks(
			{ ceo: { span: 6, spanWithOffice: 6 }, averageSpan: 8 },
			{ ...rules, ceoMax: 7, averageTarget: 8 }
		);
		expect(ceo.reference.source).toEqual({ text: 'this model’s span rules' });
		expect(avg.reference.source).toEqual({ text: 'this model’s span rules' });
	});

	it('formatSpanRatio drops a decimal that rounds away', () => {
		expect(formatSpanRatio(6)).toBe('1:6');
		expect(formatSpanRatio(10.01)).toBe('1:10');
		expect(formatSpanRatio(5.5)).toBe('1:5.5');
	});
});

describe('benchmarkVerdict', () => {
	it('benchmarkVerdict words the core check’s result for each benchmark', () => {
		const checks = [
			{ key: 'span.ceo.too-wide', passed: false },
			{ key: 'span.average.below-target', passed: true }
		];
		expect(benchmarkVerdict('ceo-span', checks)).toEqual({
			passed: false,
			text: 'Wider than best practice'
		});
		expect(benchmarkVerdict('average-span', checks)).toEqual({
			passed: true,
			text: 'Near the target'
		});
		expect(benchmarkVerdict('ceo-span', [])).toBeUndefined();
	});
});
