import type { Structure } from '../model/types';
import { describeDiff } from './describeDiff';
import { diffStructures, type BeforeAfter, type StructureDiff } from './diff';
import { reconcile, type Reconciliation } from './reconcile';

export interface Comparison {
	from: { id: string; name: string };
	to: { id: string; name: string };
	/** New full-year cost − old, pounds with pence. */
	annualCostChange: number;
	/** Counts; the lists are in diff.postChanges and diff.servicesMoved. */
	postsCreated: number;
	postsDeleted: number;
	/** Posts live in both with at least one change (retitled, regraded, moved…). */
	postsChanged: number;
	servicesMoved: number;
	ceoSpan: BeforeAfter;
	averageSpan: BeforeAfter;
	layers: BeforeAfter;
	/** Against b.statedCostChange, else a's. */
	reconciliation: Reconciliation;
	diff: StructureDiff;
	/** describeDiff(diff): every difference in plain words. */
	differences: string[];
}

export function compareStructures(a: Structure, b: Structure): Comparison {
	const diff = diffStructures(a, b);
	const changed = new Set<string>();
	let postsCreated = 0;
	let postsDeleted = 0;
	for (const c of diff.postChanges) {
		if (c.kind === 'created') postsCreated++;
		else if (c.kind === 'deleted') postsDeleted++;
		else changed.add(c.postId);
	}
	return {
		from: { id: a.id, name: a.name },
		to: { id: b.id, name: b.name },
		annualCostChange: diff.cost.change,
		postsCreated,
		postsDeleted,
		postsChanged: changed.size,
		servicesMoved: diff.servicesMoved.length,
		ceoSpan: diff.spans.ceoSpan,
		averageSpan: diff.spans.averageSpan,
		layers: diff.layers,
		reconciliation: reconcile(diff.cost.change, b.statedCostChange ?? a.statedCostChange, {
			diff,
			structure: b
		}),
		diff,
		differences: describeDiff(diff)
	};
}
