/**
 * Spans of control in words: the ratio as the source writes it and the source's council-wide
 * figures as the pages cite them (003, Appendix A section 3: "the average span of control is 1:6.
 * Across the Council as a whole, it should be much closer to 1:10").
 */
import { formatNumber } from './numbers';
import { citeSourceText } from './sources';

/** Where the span figures and rules come from, as the pages cite it. */
export const SPAN_SOURCE = citeSourceText('003', 'Appendix A section 3');

/** The council-wide average span the source gives for the council as it was: 1:6. */
export const SOURCE_AVERAGE_SPAN_NOW = 6;

/** The council-wide average span the source aims at: 1:10. */
export const SOURCE_AVERAGE_SPAN_TARGET = 10;

/** An average span reads as a ratio, as the source writes it: 1:6, 1:5.6, 1:10. */
export function formatSpanRatio(span: number): string {
	const dp = Math.abs(span - Math.round(span)) < 0.05 ? 0 : 1;
	return `1:${formatNumber(span, dp)}`;
}

/** The source's average now, cited: "1:6 average now (Cabinet report, 19 January 2021, Appendix A section 3)". */
export function sourceAverageNowLabel(): string {
	return `${sourceAverageNowShortLabel()} (${SPAN_SOURCE})`;
}

/** The source's average now, uncited, where the whole label does not fit: "1:6 average now". */
export function sourceAverageNowShortLabel(): string {
	return `${formatSpanRatio(SOURCE_AVERAGE_SPAN_NOW)} average now`;
}

/**
 * A target average span, cited to the source while it holds the source's value, else as this
 * model's own setting: "1:10 target (Cabinet report, 19 January 2021, Appendix A section 3)".
 */
export function spanTargetLabel(target: number): string {
	const from = target === SOURCE_AVERAGE_SPAN_TARGET ? SPAN_SOURCE : 'this model’s span rules';
	return `${spanTargetShortLabel(target)} (${from})`;
}

/** A target average span, uncited, where the whole label does not fit: "1:10 target". */
export function spanTargetShortLabel(target: number): string {
	return `${formatSpanRatio(target)} target`;
}

/** A span of direct reports: "1 direct report", "3 direct reports". */
export function directReports(n: number): string {
	return `${formatNumber(n)} direct ${n === 1 ? 'report' : 'reports'}`;
}

/** A count of managers: "1 manager", "1,959 managers". */
export function managersCount(n: number): string {
	return `${formatNumber(n)} ${n === 1 ? 'manager' : 'managers'}`;
}
