/**
 * Whether a derived structure keeps its base's posts and cost, and if so what it changes instead:
 * so a list that shows several options at the same cost can say that only their reporting lines
 * differ (the three Managing Director options all cost what the 2021 structure costs).
 */
import type { Structure } from '../model/types';
import { recordChanges } from './recordChanges';
import type { PostChangeKind } from './recordChangeTypes';

/** Changes that alter a post's cost or whether it exists. */
const COSTED: ReadonlySet<PostChangeKind> = new Set([
	'created',
	'deleted',
	'regraded',
	'fte-changed',
	'status-changed'
]);

export interface SameCostDifference {
	/** Posts whose line manager differs. */
	reportingLines: number;
	/** Posts whose remit differs. */
	remits: number;
	/** Posts with any other change (title, unit, funding, roles, director, office, dates). */
	otherPosts: number;
}

/**
 * How `option` differs from `base` when it has the same posts at the same grades and FTE (so the
 * same cost), post by post; undefined when a post is created, deleted, regraded or resized.
 */
export function sameCostAs(base: Structure, option: Structure): SameCostDifference | undefined {
	const { postChanges } = recordChanges(base, option);
	if (postChanges.some((c) => COSTED.has(c.kind))) return undefined;
	const reportingLines = new Set<string>();
	const remits = new Set<string>();
	const other = new Set<string>();
	for (const c of postChanges) {
		if (c.kind === 'reportsTo-changed') reportingLines.add(c.postId);
		else if (c.kind === 'other-changed' && c.fields.every((f) => f === 'remit'))
			remits.add(c.postId);
		else if (c.kind === 'other-changed' && c.fields.includes('remit')) {
			remits.add(c.postId);
			other.add(c.postId);
		} else other.add(c.postId);
	}
	return { reportingLines: reportingLines.size, remits: remits.size, otherPosts: other.size };
}
