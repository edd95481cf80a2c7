import type { ManagerSpan } from '$lib/analysis/spanOfControl';
import type { SpanRules } from '$lib/model/types';
import {
	directReports,
	formatNumber,
	formatSpanRatio,
	managersCount,
	SOURCE_AVERAGE_SPAN_NOW,
	sourceAverageNowLabel,
	sourceAverageNowShortLabel,
	spanTargetLabel,
	spanTargetShortLabel
} from '$lib/words';
import type { ChartDatum, ReferenceLine } from './datum.ts';
import { toSpanHistogram } from './spanHistogram.ts';

/**
 * The spans page's histogram of every manager and its drill-down: which managers a column (or
 * the narrow spans) stands for, chosen in the URL (?span=3, ?span=narrow) so a drill-down can be
 * shared and stepped back from. "Direct reports" are as the managers table counts them: line
 * management, the Chief Executive's office left out (003 counts ten, "eleven counting the CEO's
 * office"); "narrow" is the core's flag.
 */

export type SpanChoice = { kind: 'all' } | { kind: 'narrow' } | { kind: 'span'; span: number };

/** The drill-down the URL names: ?span=narrow, ?span=3; every manager otherwise. */
export function parseSpanChoice(params: URLSearchParams): SpanChoice {
	const v = params.get('span');
	if (v === 'narrow') return { kind: 'narrow' };
	if (v && /^[1-9]\d*$/.test(v)) return { kind: 'span', span: Number(v) };
	return { kind: 'all' };
}

/** The query parameters of a drill-down, the others (such as ?at=) kept; `span` unset for all. */
export function spanChoiceParams(
	current: URLSearchParams,
	choice: SpanChoice
): Record<string, string | undefined> {
	const params: Record<string, string | undefined> = Object.fromEntries(current);
	params.span =
		choice.kind === 'all' ? undefined : choice.kind === 'narrow' ? 'narrow' : String(choice.span);
	return params;
}

/** Managers by how many direct reports they have, spans ascending. */
export function directReportDistribution(
	managers: readonly Pick<ManagerSpan, 'spanWithoutOffice'>[]
): { span: number; managers: number }[] {
	const counts = new Map<number, number>();
	for (const m of managers)
		if (m.spanWithoutOffice > 0)
			counts.set(m.spanWithoutOffice, (counts.get(m.spanWithoutOffice) ?? 0) + 1);
	return [...counts].map(([span, n]) => ({ span, managers: n })).sort((a, b) => a.span - b.span);
}

/**
 * The histogram's columns: every span from 1 to the widest (and at least to the target, so its
 * line falls on the chart), the Chief Executive's column marked.
 */
export function spanColumns(
	managers: readonly Pick<ManagerSpan, 'spanWithoutOffice'>[],
	ceo: { span: number; title: string },
	rules: Pick<SpanRules, 'averageTarget'>
): ChartDatum[] {
	return toSpanHistogram(directReportDistribution(managers), ceo.span || undefined, {
		highlightNote: ceo.title,
		atLeast: Math.ceil(rules.averageTarget)
	});
}

/**
 * The lines across the histogram: this structure's average, the source's council-wide 1:6 now
 * and the 1:10 target (or the model's own target), each drawn differently and labelled.
 */
export function spanReferenceLines(
	averageSpan: number,
	rules: Pick<SpanRules, 'averageTarget'>
): ReferenceLine[] {
	return [
		{ value: averageSpan, label: `Average here: ${formatSpanRatio(averageSpan)}`, style: 'solid' },
		{
			value: SOURCE_AVERAGE_SPAN_NOW,
			label: sourceAverageNowLabel(),
			shortLabel: sourceAverageNowShortLabel(),
			style: 'dashed'
		},
		{
			value: rules.averageTarget,
			label: spanTargetLabel(rules.averageTarget),
			shortLabel: spanTargetShortLabel(rules.averageTarget),
			style: 'dotted'
		}
	];
}

/** The managers a drill-down lists, in the order given. */
export function managersChosen<M extends Pick<ManagerSpan, 'spanWithoutOffice' | 'flags'>>(
	managers: readonly M[],
	choice: SpanChoice
): M[] {
	if (choice.kind === 'narrow') return managers.filter((m) => m.flags.includes('narrow'));
	if (choice.kind === 'span') return managers.filter((m) => m.spanWithoutOffice === choice.span);
	return [...managers];
}

/** The spans counted narrow, in words: "1–2 reports" (fewer than narrowBelow). */
export function narrowRange(narrowBelow: number): string {
	const top = narrowBelow - 1;
	return top <= 1 ? '1 report' : `1–${formatNumber(top)} reports`;
}

/** The narrow spans' link: "Narrow spans (1–2 reports): 412 managers". */
export function narrowLinkText(narrowBelow: number, count: number): string {
	return `Narrow spans (${narrowRange(narrowBelow)}): ${managersCount(count)}`;
}

/** The managers table's caption for a drill-down. */
export function choiceCaption(choice: SpanChoice, narrowBelow: number): string {
	if (choice.kind === 'narrow') return `Managers with narrow spans (${narrowRange(narrowBelow)})`;
	if (choice.kind === 'span') return `Managers with ${directReports(choice.span)}`;
	return 'Managers and their spans of control';
}

/** What the managers table's filter box searches: the post's title and id. */
export function managerRowText(m: Pick<ManagerSpan, 'title' | 'postId'>): string {
	return `${m.title} ${m.postId}`;
}
