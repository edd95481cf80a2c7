import {
	compareStructures,
	meetingLoad,
	spanOfControl,
	summarise,
	toWaterfallSteps,
	type Comparison,
	type WaterfallStep
} from '../analysis';
import type { Structure } from '../model/types';
import { formatMoney, formatMoneyChange, formatNumber } from '../words';
import { meetingHoursChange, meetingRows, spanChangeRows, type MeetingRow } from './compareTables';
import { compareRows } from './headlines';
import { reconciliationRows, type ReconciliationRow } from './reconciliationRows';
import { toTornado, type TornadoView } from './charts/tornado';
import { toPlanChangeRows, type PlanChangeRow } from './planRows';

/** A measure (or a manager's span) before and after, with the change, as the tables show it. */
export interface BeforeAfterRow {
	key: string;
	label: string;
	/** Undefined where the side has none (a post that is not a manager there). */
	before?: string | number;
	after?: string | number;
	change: string;
}

/** A post created or deleted, as the compare page lists it. */
export interface PostChangeLine {
	postId: string;
	title: string;
	/** "Director (JNC 3), £120,000 a year". */
	detail: string;
}

/** One side's meetings: the structure's name and each meeting worded for a table. */
export interface MeetingSide {
	label: 'Before' | 'After';
	name: string;
	rows: (MeetingRow & { timing: string })[];
}

/**
 * Everything the compare page shows for a pair, worked out by the core and worded here, so the
 * page only lays it out.
 */
export interface ComparisonView {
	/** The core's comparison (the graphs mark its diff). */
	comparison: Comparison;
	summary: {
		postsCreated: string;
		postsDeleted: string;
		postsChanged: string;
		servicesMoved: string;
		costChange: string;
	};
	figures: BeforeAfterRow[];
	created: PostChangeLine[];
	deleted: PostChangeLine[];
	spans: {
		ceoSpan: string;
		ceoSpanWithOffice: string;
		averageSpan: string;
		layers: string;
		/** Each manager's direct reports, keyed by post id. */
		rows: BeforeAfterRow[];
	};
	meetings: {
		before: string;
		after: string;
		change: string;
		replaced: string[];
		sides: [MeetingSide, MeetingSide];
	};
	cost: {
		before: string;
		after: string;
		change: string;
		steps: WaterfallStep[];
		waterfallTitle: string;
		reconciliation: ReconciliationRow[];
		explanation: string[];
	};
	/** How sure the revenue change is: its range, the stated figure in it, and the drivers. */
	howSure: TornadoView;
	/** The change in each year of the plan, 2021/22 to 2025/26. */
	plan: PlanChangeRow[];
	differences: string[];
}

const fromTo = (before: number | string, after: number | string) => `${before} to ${after}`;

/** The compare page's view of structures a (before) and b (after). */
export function comparisonView(a: Structure, b: Structure): ComparisonView {
	const comparison = compareStructures(a, b);
	const { diff } = comparison;
	const gradeName = (id: string) => diff.gradeNames[id] ?? id;
	const posts = (kind: 'created' | 'deleted'): PostChangeLine[] =>
		diff.postChanges.flatMap((c) =>
			c.kind === kind
				? [
						{
							postId: c.postId,
							title: c.title,
							detail: `${gradeName(c.post.grade)}, ${formatMoney(c.cost)} a year`
						}
					]
				: []
		);
	const load = { a: meetingLoad(a), b: meetingLoad(b) };
	const side = (label: MeetingSide['label'], s: Structure, l = load.a): MeetingSide => ({
		label,
		name: s.name,
		rows: meetingRows(s, l).map((m) => ({
			...m,
			timing: `${m.cadence}, ${formatNumber(m.lengthHours, m.lengthHours % 1 ? 1 : 0)} h`
		}))
	});
	return {
		comparison,
		summary: {
			postsCreated: formatNumber(comparison.postsCreated),
			postsDeleted: formatNumber(comparison.postsDeleted),
			postsChanged: formatNumber(comparison.postsChanged),
			servicesMoved: formatNumber(comparison.servicesMoved),
			costChange: formatMoneyChange(comparison.annualCostChange)
		},
		figures: compareRows(summarise(a), summarise(b)),
		created: posts('created'),
		deleted: posts('deleted'),
		spans: {
			ceoSpan: fromTo(comparison.ceoSpan.before, comparison.ceoSpan.after),
			ceoSpanWithOffice: fromTo(
				diff.spans.ceoSpanWithOffice.before,
				diff.spans.ceoSpanWithOffice.after
			),
			averageSpan: fromTo(
				`1:${formatNumber(comparison.averageSpan.before, 1)}`,
				`1:${formatNumber(comparison.averageSpan.after, 1)}`
			),
			layers: fromTo(comparison.layers.before, comparison.layers.after),
			rows: spanChangeRows(spanOfControl(a), spanOfControl(b), a, b).map((r) => ({
				key: r.postId,
				label: r.title,
				before: r.before,
				after: r.after,
				change: r.change
			}))
		},
		meetings: {
			before: formatNumber(load.a.peopleHoursPerMonth, 1),
			after: formatNumber(load.b.peopleHoursPerMonth, 1),
			change: meetingHoursChange(load.a, load.b),
			replaced: diff.meetingsReplaced.map(
				(r) => `${r.replacedName} is replaced by ${r.by.map((m) => m.name).join(', ')}`
			),
			sides: [side('Before', a, load.a), side('After', b, load.b)]
		},
		cost: {
			before: formatMoney(diff.cost.before),
			after: formatMoney(diff.cost.after),
			change: formatMoneyChange(comparison.annualCostChange),
			steps: toWaterfallSteps(diff),
			waterfallTitle: `Change in full-year cost from ${a.name} to ${b.name}`,
			reconciliation: reconciliationRows(comparison.reconciliation),
			explanation: comparison.reconciliation.explanation
		},
		howSure: toTornado(comparison.sensitivity),
		plan: toPlanChangeRows(a, b),
		differences: comparison.differences
	};
}
