import type { Patch } from 'immer';
import { describeDiff } from '../analysis/describeDiff';
import { COLLECTIONS, recordChanges, type Collection } from '../analysis/recordChanges';
import type { Structure } from '../model/types';
import { applyPatches } from './immer';

/**
 * The change between two snapshots of a structure, in words, one sentence a change: the one
 * describer (analysis/describeDiff) over the records that differ, so an edit reads the same in
 * the change log as in compare and the report. Net, not step by step: a post moved away and back
 * says nothing. With `touched`, only those records are compared, so describing an edit to one
 * of 12,000 posts costs nothing; without it, records are compared by reference first (immer
 * shares what did not change).
 */
export function describeChange(before: Structure, after: Structure, touched?: Touched): string[] {
	return describeDiff(recordChanges(before, after, touched));
}

/**
 * Describe a patch list made against `before` (an edit, a merged drag, everything since the last
 * save). Only the records the patches touch are compared.
 */
export function describePatches(
	before: Structure,
	patches: readonly Patch[],
	after: Structure = applyPatches(before, patches as Patch[])
): string[] {
	return describeChange(before, after, touchedBy(patches));
}

/** One line for a save's change log: the sentences joined with semicolons. */
export function changeLogLine(sentences: readonly string[]): string {
	return sentences.join('; ');
}

/** Record ids touched, by collection; 'assumptions' and 'top' mark those parts as touched. */
export type Touched = Map<Collection | 'assumptions' | 'top', Set<string>>;

/** What the patches touch; undefined when one replaces a whole collection (compare everything). */
export function touchedBy(patches: readonly Patch[]): Touched | undefined {
	const t: Touched = new Map();
	const mark = (k: Collection | 'assumptions' | 'top', id: string) => {
		let set = t.get(k);
		if (!set) t.set(k, (set = new Set()));
		set.add(id);
	};
	for (const p of patches) {
		const [head, id] = p.path as (string | number)[];
		if ((COLLECTIONS as readonly unknown[]).includes(head)) {
			if (id === undefined) return undefined;
			mark(head as Collection, String(id));
		} else if (head === 'assumptions') mark('assumptions', String(id ?? '*'));
		else mark('top', String(head));
	}
	return t;
}
