import {
	describePostChange,
	type CheckResult,
	type StructureDiff,
	type StructureSummary
} from '../analysis/index.ts';
import type { SpanRules } from '../model/types.ts';
import type { ChangeMark } from './graphElements.ts';
import {
	formatChange,
	formatHours,
	formatMoney,
	formatMoneyChange,
	formatNumber,
	citeSource,
	type Citation
} from '../words/index.ts';

/** Where the default span rules come from. */
const SPAN_SOURCE = citeSource('003', 'Appendix A section 3');
const STATED_COST_SOURCE = citeSource('003', '7.3.1');
const DEFAULT_RULES = { ceoMax: 5, averageTarget: 10 };

export type Verdict = 'pass' | 'fail' | 'not-judged';

/** One headline figure with the rule it is judged against and the verdict, all as text. */
export interface Headline {
	key: string;
	label: string;
	value: string;
	/** A second line under the value, e.g. "11 with the office". */
	detail?: string;
	rule: string;
	/** The document the rule comes from, read after the rule ("… — Cabinet report, …"). */
	citation?: Citation;
	verdict: Verdict;
}

function verdictOf(checks: readonly CheckResult[], key: string): Verdict {
	const check = checks.find((c) => c.key === key);
	if (!check) return 'not-judged';
	return check.passed ? 'pass' : 'fail';
}

/**
 * The overview's headline figures. Every measure comes from the core (the summary and the checks);
 * this only words them and says which rule each is judged against.
 */
export function headlineFigures(
	summary: StructureSummary,
	checks: readonly CheckResult[],
	rules: SpanRules
): Headline[] {
	// A rule holding the source's value is cited to it; a changed rule is this structure's own.
	const ruleSource = (rule: string, isDefault: boolean) =>
		isDefault ? { rule, citation: SPAN_SOURCE } : { rule: `${rule} — this structure’s span rules` };
	const failed = checks.filter((c) => !c.passed);
	return [
		{
			key: 'ceo-span',
			label: 'Chief Executive’s span of control',
			value: formatNumber(summary.ceoSpan),
			detail: `${formatNumber(summary.ceoSpanWithOffice)} with the office`,
			...ruleSource(
				`Best practice: no more than ${rules.ceoMax} direct reports, not counting the office`,
				rules.ceoMax === DEFAULT_RULES.ceoMax
			),
			verdict: verdictOf(checks, 'span.ceo.too-wide')
		},
		{
			key: 'average-span',
			label: 'Average span of control',
			value: `1:${formatNumber(summary.averageSpan, 1)}`,
			detail: 'direct reports per manager, office counted',
			...ruleSource(
				`Should be near 1:${rules.averageTarget} (at least 1:${formatNumber(rules.averageTarget - rules.averageTolerance, 1)})`,
				rules.averageTarget === DEFAULT_RULES.averageTarget
			),
			verdict: verdictOf(checks, 'span.average.below-target')
		},
		{
			key: 'layers',
			label: 'Layers',
			value: formatNumber(summary.layers),
			detail: 'the Chief Executive’s included',
			rule: 'Not judged: the sources set no limit on layers',
			verdict: 'not-judged'
		},
		{
			key: 'posts',
			label: 'Posts',
			value: formatNumber(summary.posts),
			detail: 'live posts in the model',
			rule: 'Not judged: a count of posts, not a rule',
			verdict: 'not-judged'
		},
		{
			key: 'cost',
			label: 'Full-year cost',
			value: formatMoney(summary.annualCost),
			detail: 'salary, employer NI and pension at grade points',
			rule: 'Not judged on its own: compare two structures to see the change against the stated +£0.51m',
			citation: STATED_COST_SOURCE,
			verdict: 'not-judged'
		},
		{
			key: 'meetings',
			label: 'Meeting time',
			value: formatHours(summary.meetingHoursPerMonth),
			detail: 'people-hours a month in the meeting rhythm',
			rule: 'Not judged: see Governance for each meeting',
			verdict: 'not-judged'
		},
		{
			key: 'checks',
			label: 'Failed checks',
			value: `${formatNumber(failed.length)} of ${formatNumber(checks.length)}`,
			detail: `${formatNumber(summary.failedChecks.length)} ${summary.failedChecks.length === 1 ? 'problem' : 'problems'} found`,
			rule: 'Every span and accountability check passes — see Accountability',
			verdict: failed.length === 0 ? 'pass' : 'fail'
		}
	];
}

/** A row of the side-by-side comparison: the figure before, after and the change, as text. */
export interface CompareRow {
	key: string;
	label: string;
	before: string;
	after: string;
	change: string;
}

/** The headline figures of two structures side by side, with the change. */
export function compareRows(a: StructureSummary, b: StructureSummary): CompareRow[] {
	const count = (key: string, label: string, x: number, y: number): CompareRow => ({
		key,
		label,
		before: formatNumber(x),
		after: formatNumber(y),
		change: formatChange(y - x)
	});
	return [
		count('ceo-span', 'Chief Executive’s span (without the office)', a.ceoSpan, b.ceoSpan),
		count(
			'ceo-span-office',
			'Chief Executive’s span (with the office)',
			a.ceoSpanWithOffice,
			b.ceoSpanWithOffice
		),
		{
			key: 'average-span',
			label: 'Average span of control',
			before: `1:${formatNumber(a.averageSpan, 1)}`,
			after: `1:${formatNumber(b.averageSpan, 1)}`,
			change: formatChange(b.averageSpan - a.averageSpan, 1)
		},
		count('layers', 'Layers', a.layers, b.layers),
		count('posts', 'Posts', a.posts, b.posts),
		{
			key: 'cost',
			label: 'Full-year cost',
			before: formatMoney(a.annualCost),
			after: formatMoney(b.annualCost),
			change: formatMoneyChange(b.annualCost - a.annualCost)
		},
		{
			key: 'meetings',
			label: 'Meeting people-hours a month',
			before: formatNumber(a.meetingHoursPerMonth, 1),
			after: formatNumber(b.meetingHoursPerMonth, 1),
			change: formatChange(b.meetingHoursPerMonth - a.meetingHoursPerMonth, 1)
		},
		count(
			'failed-checks',
			'Problems found by the checks',
			a.failedChecks.length,
			b.failedChecks.length
		)
	];
}

const CHANGED_KINDS = new Set([
	'retitled',
	'regraded',
	'fte-changed',
	'roles-changed',
	'funding-changed',
	'status-changed'
]);

/**
 * How to mark each post on one side of a comparison: deleted posts on the earlier graph, created
 * ones on the later, moved (new manager or unit) and changed (retitled, regraded, FTE, roles,
 * funding, status) on both. A move outranks a change; provenance or remit edits mark nothing.
 */
export function changeMarks(
	diff: StructureDiff,
	side: 'before' | 'after'
): Record<string, ChangeMark> {
	const marks: Record<string, ChangeMark> = {};
	for (const c of diff.postChanges) {
		if (c.kind === 'created') {
			if (side === 'after') marks[c.postId] = 'created';
		} else if (c.kind === 'deleted') {
			if (side === 'before') marks[c.postId] = 'deleted';
		} else if (c.kind === 'reportsTo-changed' || c.kind === 'unit-changed') {
			marks[c.postId] = 'moved';
		} else if (CHANGED_KINDS.has(c.kind) && marks[c.postId] !== 'moved') {
			marks[c.postId] = 'changed';
		}
	}
	return marks;
}

/**
 * The plain-language sentences about one post in a comparison: the describer's own sentences for
 * its changes, source-only changes left out as compare leaves them out.
 */
export function postChangeSentences(diff: StructureDiff, postId: string): string[] {
	return diff.postChanges.flatMap((c) =>
		c.postId === postId ? describePostChange(c, diff, { provenance: false }) : []
	);
}
