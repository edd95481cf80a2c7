import type { Structure } from '../model/types';
import { costArrays } from './cost';
import { orgIndex, reportCount } from './orgIndex';
import { spanDistribution } from './spanDistribution';

export interface SpanTargetEstimate {
	/** The average span aimed at (003 Appendix A section 3: 1:10). */
	target: number;
	managers: number;
	reports: number;
	averageSpan: number;
	/** Manager posts to delete to bring the average span up to the target (0 when it is there). */
	fewerManagerPosts: number;
	/** Managers left afterwards. */
	managersAfter: number;
	/** Mean full-year cost of a manager post below the top post, pounds with pence. */
	averageManagerCost: number;
	/** fewerManagerPosts × averageManagerCost: illustrative, not a costed proposal. */
	illustrativeCost: number;
	illustrative: true;
	method: string;
}

export const SPAN_TARGET_METHOD =
	'Illustrative: deleting a manager post removes one manager and one report (its reports move to other managers), so k posts deleted give an average of (reports − k) ÷ (managers − k); k is the smallest whole number that reaches the target, k = ⌈(target × managers − reports) ÷ (target − 1)⌉. Each is priced at the mean full-year cost of the current manager posts below the top post; which posts would go, and what they cost, is a design decision, not this estimate.';

/**
 * How many fewer manager posts an average span of `target` implies, and what they cost
 * (SPAN_TARGET_METHOD). Council-wide, so every manager is counted, the CEO included.
 */
export function spanTarget(s: Structure, target = s.spanRules.averageTarget): SpanTargetEstimate {
	if (!(target > 1)) throw new Error(`A target average span must be more than 1 (was ${target})`);
	const { managers, reports, averageSpan } = spanDistribution(s);
	const index = orgIndex(s);
	const pence = costArrays(s).total;
	let managerPence = 0;
	let counted = 0;
	for (let i = 0; i < index.ids.length; i++) {
		if (i === index.ceo || reportCount(index, i) === 0) continue;
		managerPence += pence[i];
		counted++;
	}
	const needed = Math.ceil((target * managers - reports) / (target - 1) - 1e-9);
	// At least one manager (the top post) stays.
	const fewer = Math.max(0, Math.min(needed, managers - 1));
	const averagePence = counted ? Math.round(managerPence / counted) : 0;
	return {
		target,
		managers,
		reports,
		averageSpan,
		fewerManagerPosts: fewer,
		managersAfter: managers - fewer,
		averageManagerCost: averagePence / 100,
		illustrativeCost: (fewer * averagePence) / 100,
		illustrative: true,
		method: SPAN_TARGET_METHOD
	};
}
