import type { Patch } from 'immer';
import { carryIndex } from '../analysis/orgIndex';
import type { Structure } from '../model/types';

/**
 * The posts an edit's patches replaced or changed inside, when that is all they did to the posts
 * record (no post added or removed, the record not replaced whole); undefined otherwise.
 */
export function replacedPosts(patches: readonly Patch[]): Set<string> | undefined {
	const ids = new Set<string>();
	for (const p of patches) {
		if (p.path[0] !== 'posts') continue;
		if (p.path.length < 2) return undefined;
		if (p.path.length === 2 && p.op !== 'replace') return undefined;
		ids.add(String(p.path[1]));
	}
	return ids;
}

/**
 * After an edit, an undo or a redo: let the new snapshot start from the analysis index of the one
 * it was made from (see carryIndex), so its measures do not walk the whole posts Map again.
 */
export function carryAnalysis(
	before: Structure,
	after: Structure,
	patches: readonly Patch[]
): void {
	if (before === after) return;
	const ids = replacedPosts(patches);
	if (ids) carryIndex(before, after, ids);
}
