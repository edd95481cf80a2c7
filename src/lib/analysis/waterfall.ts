import type { CostStepKind, StructureDiff } from './diff';
import { fromPence, toPence } from './money';

export type WaterfallKind = 'old-total' | CostStepKind | 'new-total';

export interface WaterfallStep {
	label: string;
	postId?: string;
	/** Change this bar makes (for the totals, the total itself). */
	delta: number;
	/** Where the bar starts and ends; totals run from 0. */
	start: number;
	end: number;
	kind: WaterfallKind;
}

/**
 * The cost change as a waterfall: the old total, one bar per cost-changing post change (deleted
 * negative, created positive, regraded or FTE by the difference) and one for re-pricing, then the
 * new total. Bars chain exactly: each starts where the previous ended, and the last ends on the new
 * total to the penny (the chaining is done in whole pence).
 */
export function toWaterfallSteps(diff: StructureDiff): WaterfallStep[] {
	const before = toPence(diff.cost.before);
	const steps: WaterfallStep[] = [
		{
			label: 'Old total',
			delta: diff.cost.before,
			start: 0,
			end: diff.cost.before,
			kind: 'old-total'
		}
	];
	let at = before;
	for (const step of diff.cost.steps) {
		const next = at + toPence(step.delta);
		steps.push({
			label: step.label,
			...(step.postId ? { postId: step.postId } : {}),
			delta: step.delta,
			start: fromPence(at),
			end: fromPence(next),
			kind: step.kind
		});
		at = next;
	}
	steps.push({
		label: 'New total',
		delta: diff.cost.after,
		start: 0,
		end: diff.cost.after,
		kind: 'new-total'
	});
	return steps;
}
