import type { ChartDatum } from './datum.ts';

/**
 * The span distribution as histogram columns: one column for every span from 1 to the widest,
 * including spans no manager has, so the gaps show (a CEO on 10 with nobody between 5 and 9
 * reads as an outlier only if 5–9 are drawn empty).
 *
 * @param distribution managers per span value, from spanOfControl(...).distribution
 * @param highlightSpan a span to single out (the Chief Executive's)
 * @param options.highlightNote who the highlighted column is, for the table ("Chief Executive")
 * @param options.atLeast draw columns up to at least this span (so a 1:10 line falls on one)
 */
export function toSpanHistogram(
	distribution: readonly { span: number; managers: number }[],
	highlightSpan?: number,
	options: { highlightNote?: string; atLeast?: number } = {}
): ChartDatum[] {
	const bySpan = new Map<number, number>();
	for (const d of distribution) bySpan.set(d.span, (bySpan.get(d.span) ?? 0) + d.managers);
	const widest = Math.max(0, ...bySpan.keys(), highlightSpan ?? 0, options.atLeast ?? 0);
	const columns: ChartDatum[] = [];
	for (let span = 1; span <= widest; span++) {
		const managers = bySpan.get(span) ?? 0;
		const who = managers === 1 ? '1 manager' : `${managers} managers`;
		const reports = span === 1 ? '1 direct report' : `${span} direct reports`;
		columns.push({
			key: String(span),
			label: String(span),
			value: managers,
			valueText: String(managers),
			description: `${who} with ${reports}`,
			highlight: span === highlightSpan,
			...(span === highlightSpan && options.highlightNote
				? { tableNote: options.highlightNote }
				: {})
		});
	}
	return columns;
}
