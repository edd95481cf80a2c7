import type { SpanRules } from '$lib/model/types';
import { citeSource, formatNumber, formatSpanRatio, type Citation } from '$lib/words';

export { formatSpanRatio };

/** Where the span rules' default values come from. */
export const SPAN_RULES_SOURCE: Citation = citeSource('003', 'Appendix A section 3');
const OWN_RULES: Citation = { text: 'this model’s span rules' };
const SOURCE_CEO_MAX = 5;
const SOURCE_AVERAGE_TARGET = 10;

/** A measured value drawn against the rule it is judged by. */
export interface Benchmark {
	key: 'ceo-span' | 'average-span';
	title: string;
	value: number;
	valueText: string;
	/** A second, longer bar: the CEO's span counting the office. */
	extra?: { value: number; valueText: string; label: string };
	reference: { value: number; label: string; source: Citation };
	/** The whole comparison as one sentence, for screen readers and the caption. */
	sentence: string;
}

/**
 * The CEO's span against the best-practice maximum and the average span against the target.
 * A rule is cited to the source only while it holds the source's value; a changed rule is shown
 * as this model's own setting.
 */
export function toSpanBenchmarks(
	report: { ceo: { span: number; spanWithOffice: number }; averageSpan: number },
	rules: SpanRules
): Benchmark[] {
	const ceoSource = rules.ceoMax === SOURCE_CEO_MAX ? SPAN_RULES_SOURCE : OWN_RULES;
	const avgSource = rules.averageTarget === SOURCE_AVERAGE_TARGET ? SPAN_RULES_SOURCE : OWN_RULES;
	const { span, spanWithOffice } = report.ceo;
	const office = spanWithOffice - span;
	const ceo: Benchmark = {
		key: 'ceo-span',
		title: 'The Chief Executive’s direct reports',
		value: span,
		valueText: String(span),
		reference: {
			value: rules.ceoMax,
			label: `Best practice: no more than ${rules.ceoMax}`,
			source: ceoSource
		},
		sentence:
			`The Chief Executive has ${span} direct ${span === 1 ? 'report' : 'reports'}` +
			(office > 0 ? ` (${spanWithOffice} counting the office)` : '') +
			`; best practice is no more than ${rules.ceoMax} (${ceoSource.text}).`
	};
	if (office > 0) {
		ceo.extra = {
			value: spanWithOffice,
			valueText: String(spanWithOffice),
			label: 'with the office'
		};
	}
	const avg = report.averageSpan;
	const average: Benchmark = {
		key: 'average-span',
		title: 'Average span of managers',
		value: avg,
		valueText: formatSpanRatio(avg),
		reference: {
			value: rules.averageTarget,
			label: `Target: near ${formatSpanRatio(rules.averageTarget)}`,
			source: avgSource
		},
		sentence:
			`The average manager has ${formatNumber(avg, 1)} direct reports (${formatSpanRatio(avg)}); ` +
			`the target is near ${formatSpanRatio(rules.averageTarget)} (${avgSource.text}).`
	};
	return [ceo, average];
}

/** The core check that judges each benchmark. */
export const BENCHMARK_CHECKS: Record<Benchmark['key'], string> = {
	'ceo-span': 'span.ceo.too-wide',
	'average-span': 'span.average.below-target'
};

const VERDICT_WORDS: Record<Benchmark['key'], { pass: string; fail: string }> = {
	'ceo-span': { pass: 'Within best practice', fail: 'Wider than best practice' },
	'average-span': { pass: 'Near the target', fail: 'Below the target' }
};

/** The core check's result for a benchmark, in words; undefined when the check did not run. */
export function benchmarkVerdict(
	key: Benchmark['key'],
	checks: readonly { key: string; passed: boolean }[]
): { passed: boolean; text: string } | undefined {
	const check = checks.find((c) => c.key === BENCHMARK_CHECKS[key]);
	if (!check) return undefined;
	return { passed: check.passed, text: VERDICT_WORDS[key][check.passed ? 'pass' : 'fail'] };
}
