import { describe, expect, it } from 'vitest';
import {
	directReports,
	formatSpanRatio,
	managersCount,
	sourceAverageNowLabel,
	sourceAverageNowShortLabel,
	spanTargetLabel,
	spanTargetShortLabel
} from './spans';

describe('span words', () => {
	it('writes a span as the source does, 1:6', () => {
		expect(formatSpanRatio(6)).toBe('1:6');
		expect(formatSpanRatio(5.61)).toBe('1:5.6');
		expect(formatSpanRatio(4.2857)).toBe('1:4.3');
	});

	it('cites the source’s 1:6 now and 1:10 target; another target is the model’s own', () => {
		expect(sourceAverageNowLabel()).toBe(
			'1:6 average now (Cabinet report, 19 January 2021, Appendix A section 3)'
		);
		expect(spanTargetLabel(10)).toBe(
			'1:10 target (Cabinet report, 19 January 2021, Appendix A section 3)'
		);
		expect(spanTargetLabel(8)).toBe('1:8 target (this model’s span rules)');
	});

	it('shortens them to the figure alone where the whole label does not fit', () => {
		expect(sourceAverageNowShortLabel()).toBe('1:6 average now');
		expect(spanTargetShortLabel(10)).toBe('1:10 target');
		expect(spanTargetShortLabel(7.5)).toBe('1:7.5 target');
	});

	it('counts reports and managers', () => {
		expect(directReports(1)).toBe('1 direct report');
		expect(directReports(10)).toBe('10 direct reports');
		expect(managersCount(1959)).toBe('1,959 managers');
		expect(managersCount(1)).toBe('1 manager');
	});
});
