import type { FundingSource, StatedFigure, Structure } from '../model/types';
import { describeDiff } from './describeDiff';
import { diffStructures, type BeforeAfter, type PostChange, type StructureDiff } from './diff';
import { fromPence, toPence } from './money';
import { reconcile, type Reconciliation } from './reconcile';
import { costSensitivity, type CostSensitivity } from './sensitivity';

export interface Comparison {
	from: { id: string; name: string };
	to: { id: string; name: string };
	/** New full-year cost − old, from every source of funding, pounds with pence. */
	annualCostChange: number;
	/**
	 * The change in cost funded other than from capital (General Fund + HRA + grant): what the
	 * stated figure (003 7.3.1, revenue for the Medium-Term Financial Plan) is reconciled against.
	 */
	revenueCostChange: number;
	/** The full-year cost funded other than from capital, before and after (total less capital). */
	revenueCost: BeforeAfter;
	/** The change by funding source; the four add up to annualCostChange exactly. */
	costChangeByFunding: Record<FundingSource, number>;
	/** Counts; the lists are in diff.postChanges and diff.servicesMoved. */
	postsCreated: number;
	postsDeleted: number;
	/**
	 * Posts live in both with at least one change (retitled, regraded, moved…); a post whose only
	 * change is its source does not count unless `provenance: true` was asked for.
	 */
	postsChanged: number;
	servicesMoved: number;
	ceoSpan: BeforeAfter;
	averageSpan: BeforeAfter;
	layers: BeforeAfter;
	/** Of the revenue change, against the figure stated for the change into b (statedFigureFor). */
	reconciliation: Reconciliation;
	/** The revenue change as a range, and the drivers that move it most (tornado data). */
	sensitivity: CostSensitivity;
	diff: StructureDiff;
	/** describeDiff(diff): every difference in plain words (source-only changes left out by default). */
	differences: string[];
}

export interface CompareOptions {
	/** Include changes to a record's source (provenance) alone in the differences. Default false. */
	provenance?: boolean;
}

/** True for a change that only says a post's source changed. */
function provenanceOnly(c: PostChange): boolean {
	return c.kind === 'other-changed' && c.fields.every((f) => f === 'provenance');
}

export function compareStructures(
	a: Structure,
	b: Structure,
	options: CompareOptions = {}
): Comparison {
	const provenance = options.provenance ?? false;
	const diff = diffStructures(a, b);
	const changed = new Set<string>();
	let postsCreated = 0;
	let postsDeleted = 0;
	for (const c of diff.postChanges) {
		if (c.kind === 'created') postsCreated++;
		else if (c.kind === 'deleted') postsDeleted++;
		else if (provenance || !provenanceOnly(c)) changed.add(c.postId);
	}
	const byFunding = diff.cost.changeByFunding;
	// Total less capital, in whole pence so it is exact.
	const revenue = (total: number, capital: number) => fromPence(toPence(total) - toPence(capital));
	const stated = statedFigureFor(a, b);
	const sensitivity = costSensitivity(a, b, stated);
	return {
		from: { id: a.id, name: a.name },
		to: { id: b.id, name: b.name },
		annualCostChange: diff.cost.change,
		revenueCostChange: revenue(diff.cost.change, byFunding.capital),
		revenueCost: {
			before: revenue(diff.cost.before, diff.cost.byFunding.before.capital),
			after: revenue(diff.cost.after, diff.cost.byFunding.after.capital)
		},
		costChangeByFunding: { ...byFunding },
		postsCreated,
		postsDeleted,
		postsChanged: changed.size,
		servicesMoved: diff.servicesMoved.length,
		ceoSpan: diff.spans.ceoSpan,
		averageSpan: diff.spans.averageSpan,
		layers: diff.layers,
		reconciliation: reconcile(diff.cost.change, stated, { diff, structure: b, sensitivity }),
		sensitivity,
		diff,
		differences: describeDiff(diff, { provenance })
	};
}

/**
 * The stated figure a change from a to b is reconciled against: b's, when a does not carry the
 * same one. Two options derived from one structure inherit its figure, which describes the change
 * from the old structure, not between them; and a reversed comparison has no stated figure.
 */
export function statedFigureFor(a: Structure, b: Structure): StatedFigure | undefined {
	const stated = b.statedCostChange;
	if (!stated) return undefined;
	const inherited = a.statedCostChange;
	if (inherited && inherited.value === stated.value && inherited.label === stated.label)
		return undefined;
	return stated;
}
