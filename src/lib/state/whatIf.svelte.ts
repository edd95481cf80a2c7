import { freeze } from 'immer';
import { applyEdit } from '$lib/editing/applyEdit';
import type { Edit } from '$lib/editing/edits';
import { canUndo, createHistory, record, undo, type History } from '$lib/editing/history';
import type { Structure } from '$lib/model/types';

/**
 * The room's "what if" moves over a structure: each move an edit command run through the core's
 * applyEdit and recorded in its history, so Undo puts the last one back exactly. The list of
 * edits is kept beside the history so a second window (the presenter view) can replay the same
 * moves and show the same numbers.
 */
export class WhatIf {
	readonly base: Structure;
	history: History = $state.raw() as History;
	edits: Edit[] = $state.raw([]);
	/** Why the last move was refused, in the core's words; '' when it was not. */
	error = $state('');
	/** Called after a move or an undo made here (not after a replay from another window). */
	onchange: (() => void) | undefined;

	constructor(base: Structure) {
		this.base = freeze(structuredClone(base), true);
		this.history = createHistory(this.base);
	}

	get now(): Structure {
		return this.history.present;
	}

	get canUndo(): boolean {
		return canUndo(this.history);
	}

	/** What each move did, in words, oldest first (the change log of a kept scenario). */
	get descriptions(): string[] {
		return this.history.past.map((s) => s.description).filter(Boolean);
	}

	/** Applies a move; false (with `error` set) when the core refuses it or it changes nothing. */
	apply(edit: Edit): boolean {
		const r = applyEdit(this.history.present, edit);
		if (!r.ok) {
			this.error = r.error;
			return false;
		}
		this.error = '';
		if (r.patches.length === 0) return false;
		this.history = record(this.history, r);
		this.edits = [...this.edits, edit];
		this.onchange?.();
		return true;
	}

	undo(): void {
		if (!canUndo(this.history)) return;
		this.history = undo(this.history);
		this.edits = this.edits.slice(0, -1);
		this.error = '';
		this.onchange?.();
	}

	/** Rebuilds the same state from another window's list of moves. */
	replay(edits: readonly Edit[]): void {
		let h = createHistory(this.base);
		const kept: Edit[] = [];
		for (const e of edits) {
			const r = applyEdit(h.present, e);
			if (r.ok && r.patches.length) {
				h = record(h, r);
				kept.push(e);
			}
		}
		this.history = h;
		this.edits = kept;
		this.error = '';
	}
}
