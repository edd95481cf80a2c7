import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { orgIndex, reportCount } from './orgIndex';

export type SpanFlag = 'ceo-too-wide' | 'narrow';

export interface ManagerSpan {
	postId: string;
	title: string;
	/** Live direct reports, office posts included. */
	span: number;
	/** Direct reports that are not the CEO's office. */
	spanWithoutOffice: number;
	flags: SpanFlag[];
}

export interface SpanReport {
	ceo: {
		postId: string;
		/** Direct reports of the CEO, not counting posts marked as the office. */
		span: number;
		/** All direct reports of the CEO. */
		spanWithOffice: number;
	};
	/** Every live post with at least one live direct report, in structure order. */
	managers: ManagerSpan[];
	/** Mean direct reports per manager (posts with ≥ 1 report), office counted; 0 with no managers. */
	averageSpan: number;
	/** How many managers have each span, by span ascending. */
	distribution: { span: number; managers: number }[];
}

/**
 * Span of control from line management (Post.reportsTo) only; dotted lines do not count.
 * The CEO's span is given with and without the office (003, Appendix A section 3 counts ten
 * direct reports, "eleven counting the CEO's office"). The CEO is flagged 'ceo-too-wide' on the
 * span without the office, and any manager 'narrow' on its full span.
 */
export const spanOfControl: (s: Structure) => SpanReport = memoisePerStructure(computeSpans);

function computeSpans(s: Structure): SpanReport {
	const index = orgIndex(s);
	const { ceoMax, narrowBelow } = s.spanRules;
	const managers: ManagerSpan[] = [];
	const counts = new Map<number, number>();
	let total = 0;
	let ceoSpan = 0;
	let ceoSpanWithOffice = 0;
	for (let i = 0; i < index.ids.length; i++) {
		const span = reportCount(index, i);
		if (span === 0) continue;
		let office = 0;
		for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
			if (index.posts[index.childList[k]].office) office++;
		const flags: SpanFlag[] = [];
		if (i === index.ceo) {
			ceoSpan = span - office;
			ceoSpanWithOffice = span;
			if (ceoSpan > ceoMax) flags.push('ceo-too-wide');
		}
		if (span < narrowBelow) flags.push('narrow');
		managers.push({
			postId: index.ids[i],
			title: index.posts[i].title,
			span,
			spanWithoutOffice: span - office,
			flags
		});
		total += span;
		counts.set(span, (counts.get(span) ?? 0) + 1);
	}
	const distribution = [...counts]
		.map(([span, n]) => ({ span, managers: n }))
		.sort((a, b) => a.span - b.span);
	return {
		ceo: { postId: s.ceo, span: ceoSpan, spanWithOffice: ceoSpanWithOffice },
		managers,
		averageSpan: managers.length ? total / managers.length : 0,
		distribution
	};
}
