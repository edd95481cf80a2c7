import { FUNDING_SOURCES } from '../model/types';
import type { FundingSource, Structure } from '../model/types';
import { costArrays, costInPence, type CostArrays } from './cost';
import { formatMoney } from '../words';
import { fromPence } from './money';
import { orgIndex } from './orgIndex';
import { recordChanges, type RecordChanges } from './recordChanges';
import { spanOfControl } from './spanOfControl';

export * from './recordChanges';

export type CostStepKind = 'deleted' | 'created' | 'regraded' | 'fte-changed' | 'repriced';

/**
 * A part of the change in full-year cost. The steps add up to the change exactly, to the penny:
 * each post's change (cost in b − cost in a) is split into what its own change costs at a's prices
 * (created, deleted, regraded, FTE) and what re-pricing adds (a grade's point or an on-cost
 * assumption changed), which is gathered into one 'repriced' step.
 */
export interface CostStep {
	kind: CostStepKind;
	label: string;
	postId?: string;
	/** Change in full-year cost, pounds with pence. */
	delta: number;
}

export interface BeforeAfter<T = number> {
	before: T;
	after: T;
}

/** The records' differences and what they do to the measures: spans, layers and cost. */
export interface StructureDiff extends RecordChanges {
	spans: {
		ceoSpan: BeforeAfter;
		ceoSpanWithOffice: BeforeAfter;
		averageSpan: BeforeAfter;
		managers: BeforeAfter;
	};
	layers: BeforeAfter;
	livePosts: BeforeAfter;
	cost: BeforeAfter & {
		change: number;
		steps: CostStep[];
		/** Salary, employer NI and employer pension of the live posts, before and after. */
		components: BeforeAfter<CostComponents>;
		/** Full-year cost by funding source, before and after (pounds with pence). */
		byFunding: BeforeAfter<Record<FundingSource, number>>;
		/** after − before by funding source; the four add up to `change` exactly. */
		changeByFunding: Record<FundingSource, number>;
	};
}

export interface CostComponents {
	salary: number;
	employerNi: number;
	employerPension: number;
}

const salaryWords = (salary: number | undefined) =>
	salary === undefined ? 'the grade point' : formatMoney(salary);

function costStepsOf(
	a: Structure,
	b: Structure,
	ids: string[]
): {
	before: number;
	after: number;
	change: number;
	steps: CostStep[];
	components: BeforeAfter<CostComponents>;
	byFunding: BeforeAfter<Record<FundingSource, number>>;
	changeByFunding: Record<FundingSource, number>;
} {
	// Totals and components from the memoised per-post arrays, in whole pence.
	const arraysA = costArrays(a);
	const arraysB = costArrays(b);
	const components = (c: CostArrays): CostComponents => ({
		salary: fromPence(c.sums.salary),
		employerNi: fromPence(c.sums.ni),
		employerPension: fromPence(c.sums.pension)
	});
	const before = arraysA.sums.total;
	const after = arraysB.sums.total;
	const pounds = (f: (source: FundingSource) => number) =>
		Object.fromEntries(FUNDING_SOURCES.map((k) => [k, fromPence(f(k))])) as Record<
			FundingSource,
			number
		>;
	const fundingA = arraysA.sums.byFunding;
	const fundingB = arraysB.sums.byFunding;
	const indexA = orgIndex(a);
	const indexB = orgIndex(b);

	// Each changed post's own change, priced at a's grades and assumptions.
	const own: CostStep[] = [];
	let ownPence = 0;
	for (const postId of ids) {
		const pa = a.posts.get(postId)!;
		const pb = b.posts.get(postId)!;
		const i = indexA.position.get(postId);
		const j = indexB.position.get(postId);
		const ca = i === undefined ? 0 : arraysA.total[i];
		const cb = j === undefined ? 0 : arraysB.total[j];
		if (i === undefined && j === undefined) continue;
		if (i === undefined) {
			own.push({ kind: 'created', label: `${pb.title} created`, postId, delta: fromPence(cb) });
			ownPence += cb;
			continue;
		}
		if (j === undefined) {
			own.push({ kind: 'deleted', label: `${pa.title} deleted`, postId, delta: fromPence(-ca) });
			ownPence -= ca;
			continue;
		}
		// What b's post would cost at a's prices isolates the post's own change from re-pricing.
		const atOldPrices = a.grades[pb.grade] ? costInPence(pb, a.grades, a.assumptions).total : cb;
		const ownDelta = atOldPrices - ca;
		if (ownDelta === 0) continue;
		ownPence += ownDelta;
		const regraded = pa.grade !== pb.grade;
		const gradeName = (s: Structure, id: string) => s.grades[id]?.name ?? id;
		const parts: string[] = [];
		if (regraded) parts.push(`regraded ${gradeName(a, pa.grade)} → ${gradeName(b, pb.grade)}`);
		if (pa.fte !== pb.fte) parts.push(`FTE ${pa.fte} → ${pb.fte}`);
		if (pa.salary !== pb.salary)
			parts.push(`salary ${salaryWords(pa.salary)} → ${salaryWords(pb.salary)}`);
		own.push({
			kind: regraded ? 'regraded' : 'fte-changed',
			label: `${pb.title} ${parts.join(', ')}`,
			postId,
			delta: fromPence(ownDelta)
		});
	}
	const order: CostStepKind[] = ['deleted', 'created', 'regraded', 'fte-changed'];
	const steps = order.flatMap((kind) => own.filter((s) => s.kind === kind));
	// Whatever the posts' own changes do not explain is re-pricing: a grade point or an on-cost
	// assumption changed under posts that stayed as they were (or under changed ones).
	const repricedPence = after - before - ownPence;
	if (repricedPence !== 0)
		steps.push({
			kind: 'repriced',
			label: 'Grade points and on-cost assumptions re-priced',
			delta: fromPence(repricedPence)
		});
	return {
		before: fromPence(before),
		after: fromPence(after),
		change: fromPence(after - before),
		steps,
		components: { before: components(arraysA), after: components(arraysB) },
		byFunding: { before: pounds((k) => fundingA[k]), after: pounds((k) => fundingB[k]) },
		changeByFunding: pounds((k) => fundingB[k] - fundingA[k])
	};
}

/**
 * Every difference between two structures. Records are matched by id; a post whose status becomes
 * 'deleted' counts as deleted (and one that stops being deleted as created).
 */
export function diffStructures(a: Structure, b: Structure): StructureDiff {
	const spanA = spanOfControl(a);
	const spanB = spanOfControl(b);
	const changedIds: string[] = [];
	const records = recordChanges(a, b, undefined, changedIds);
	return {
		...records,
		spans: {
			ceoSpan: { before: spanA.ceo.span, after: spanB.ceo.span },
			ceoSpanWithOffice: { before: spanA.ceo.spanWithOffice, after: spanB.ceo.spanWithOffice },
			averageSpan: { before: spanA.averageSpan, after: spanB.averageSpan },
			managers: { before: spanA.managers.length, after: spanB.managers.length }
		},
		layers: { before: orgIndex(a).maxDepth, after: orgIndex(b).maxDepth },
		livePosts: { before: orgIndex(a).ids.length, after: orgIndex(b).ids.length },
		cost: costStepsOf(a, b, changedIds)
	};
}
