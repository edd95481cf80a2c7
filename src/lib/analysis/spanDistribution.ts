import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { orgIndex, reportCount } from './orgIndex';

export interface NarrowSpan {
	postId: string;
	title: string;
	unit: string;
	span: number;
}

export interface SpanDistribution {
	/** Live posts with at least one live direct report. */
	managers: number;
	/** Direct reports summed over the managers (every live post with a live manager). */
	reports: number;
	/** reports ÷ managers; 0 with no managers. */
	averageSpan: number;
	/** How many managers have each span: `{ "1": 120, "2": 250, … }`, spans ascending. */
	histogram: Record<string, number>;
	/** Managers with fewer reports than spanRules.narrowBelow (1–2 reports by default), in structure order. */
	narrow: NarrowSpan[];
}

/**
 * Span of control over every manager of the structure, the council-wide view of 003 Appendix A
 * section 3 ("the average span of control is 1:6 … it should be much closer to 1:10"). Line
 * management only; office posts count as reports. One pass over the org index.
 */
export const spanDistribution: (s: Structure) => SpanDistribution =
	memoisePerStructure(computeSpanDistribution);

function computeSpanDistribution(s: Structure): SpanDistribution {
	const index = orgIndex(s);
	const narrowBelow = s.spanRules.narrowBelow;
	const counts: number[] = [];
	const narrow: NarrowSpan[] = [];
	let managers = 0;
	let reports = 0;
	for (let i = 0; i < index.ids.length; i++) {
		const span = reportCount(index, i);
		if (span === 0) continue;
		managers++;
		reports += span;
		counts[span] = (counts[span] ?? 0) + 1;
		if (span < narrowBelow) {
			const p = index.posts[i];
			narrow.push({ postId: p.id, title: p.title, unit: p.unit, span });
		}
	}
	// Integer-like keys keep ascending order in a plain object.
	const histogram: Record<string, number> = {};
	for (let span = 1; span < counts.length; span++)
		if (counts[span] !== undefined) histogram[String(span)] = counts[span];
	return { managers, reports, averageSpan: managers ? reports / managers : 0, histogram, narrow };
}
