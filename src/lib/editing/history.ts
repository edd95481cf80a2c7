import type { Patch } from 'immer';
import type { Structure } from '../model/types';
import { structureToJson } from '../model/structureDocument';
import { byId } from '../model/collections';
import { describeChange, describePatches, touchedBy } from './changeLog';
import { applyPatches } from './immer';

/** One undoable step: the patches that made it, the patches that undo it, and what it did. */
export interface Step {
	patches: Patch[];
	inversePatches: Patch[];
	description: string;
	/** Steps recorded with the same key one after another merge into one (a drag's moves). */
	coalesceKey?: string;
}

/**
 * Undo and redo over immer patches, as an immutable value (hold it in `$state.raw`; every call
 * returns a new history). Loading a structure is not a step: make a new history for it.
 */
export interface History {
	readonly present: Structure;
	readonly past: readonly Step[];
	readonly future: readonly Step[];
	/** The snapshot last saved (or loaded). */
	readonly saved: Structure;
	/** The newest step when last saved (null: saved before any step). */
	readonly savedStep: Step | null;
	readonly limit: number;
	/**
	 * The two snapshots either side of the step last made, undone or redone, so that undoing or
	 * redoing that same step hands back the very snapshot it left (structural sharing kept, its
	 * measures already worked out) instead of applying patches, which copies every record they
	 * touch (the 12,000-entry posts Map: about a millisecond). Only one pair is kept, so memory stays flat.
	 */
	readonly kept?: Kept;
}

interface Kept {
	step: Step;
	/** The present before the step and after it. */
	before: Structure;
	after: Structure;
}

export function createHistory(initial: Structure, opts: { limit?: number } = {}): History {
	return {
		present: initial,
		past: [],
		future: [],
		saved: initial,
		savedStep: null,
		limit: opts.limit ?? 500
	};
}

/** The shape applyEdit returns on success. */
export interface Recordable {
	structure: Structure;
	patches: Patch[];
	inversePatches: Patch[];
	description: string;
}

/**
 * Record an edit's result as a step. An edit that changed nothing is not recorded. With
 * `coalesceKey`, a step following one with the same key merges into it, so a whole drag undoes
 * at once; a merged step that ends where it began is dropped.
 */
export function record(h: History, r: Recordable, opts: { coalesceKey?: string } = {}): History {
	if (r.patches.length === 0) return h;
	const last = h.past.at(-1);
	if (opts.coalesceKey !== undefined && last?.coalesceKey === opts.coalesceKey) {
		const before =
			h.kept?.step === last && h.kept.after === h.present
				? h.kept.before
				: applyPatches(h.present, last.inversePatches);
		const patches = [...last.patches, ...r.patches];
		const inversePatches = [...r.inversePatches, ...last.inversePatches];
		const past = h.past.slice(0, -1);
		if (unchanged(before, r.structure, patches)) {
			return { ...h, present: before, past, future: [], kept: undefined };
		}
		const step: Step = {
			patches,
			inversePatches,
			description: describePatches(before, patches, r.structure).join('; '),
			coalesceKey: opts.coalesceKey
		};
		return {
			...h,
			present: r.structure,
			past: [...past, step],
			future: [],
			kept: { step, before, after: r.structure }
		};
	}
	const step: Step = {
		patches: r.patches,
		inversePatches: r.inversePatches,
		description: r.description
	};
	if (opts.coalesceKey !== undefined) step.coalesceKey = opts.coalesceKey;
	const past = [...h.past, step];
	if (past.length > h.limit) past.splice(0, past.length - h.limit);
	return {
		...h,
		present: r.structure,
		past,
		future: [],
		kept: { step, before: h.present, after: r.structure }
	};
}

/** True when the records the patches touch are equal in both snapshots. */
function unchanged(a: Structure, b: Structure, patches: readonly Patch[]): boolean {
	const touched = touchedBy(patches);
	if (!touched) return structureToJson(a) === structureToJson(b);
	for (const [part, ids] of touched) {
		if (part === 'top' || part === 'assumptions') {
			for (const key of ids) {
				const x = part === 'top' ? (a as never)[key] : a.assumptions[key];
				const y = part === 'top' ? (b as never)[key] : b.assumptions[key];
				if (JSON.stringify(x) !== JSON.stringify(y)) return false;
			}
		} else {
			for (const id of ids) {
				const x = byId<unknown>(a[part], id);
				const y = byId<unknown>(b[part], id);
				if (JSON.stringify(x) !== JSON.stringify(y)) return false;
			}
		}
	}
	return true;
}

export function canUndo(h: History): boolean {
	return h.past.length > 0;
}

export function canRedo(h: History): boolean {
	return h.future.length > 0;
}

export function undo(h: History): History {
	const step = h.past.at(-1);
	if (!step) return h;
	const kept = h.kept?.step === step && h.kept.after === h.present;
	const present = kept ? h.kept!.before : applyPatches(h.present, step.inversePatches);
	return {
		...h,
		present,
		past: h.past.slice(0, -1),
		future: [...h.future, step],
		kept: { step, before: present, after: h.present }
	};
}

export function redo(h: History): History {
	const step = h.future.at(-1);
	if (!step) return h;
	const kept = h.kept?.step === step && h.kept.before === h.present;
	const present = kept ? h.kept!.after : applyPatches(h.present, step.patches);
	return {
		...h,
		present,
		past: [...h.past, step],
		future: h.future.slice(0, -1),
		kept: { step, before: h.present, after: present }
	};
}

/** What the next undo would undo, for a tooltip ("Undo: Parking moved from …"). */
export function undoLabel(h: History): string | undefined {
	return h.past.at(-1)?.description;
}

export function redoLabel(h: History): string | undefined {
	return h.future.at(-1)?.description;
}

/** The present was saved (call after a successful save). */
export function markSaved(h: History): History {
	return { ...h, saved: h.present, savedStep: h.past.at(-1) ?? null };
}

/** True when there are steps since the last save (undoing back to it makes this false again). */
export function isDirty(h: History): boolean {
	return (h.past.at(-1) ?? null) !== h.savedStep;
}

/** What changed since the last save, net, one sentence a change: the change log for saveVersion. */
export function changesSinceSaved(h: History): string[] {
	return isDirty(h) ? describeChange(h.saved, h.present) : [];
}
