/** Test helpers: apply an edit and check it is valid and exactly undoable. */
import { applyPatches } from 'immer';
import { expect } from 'vitest';
import { applyEdit } from '../editing/applyEdit';
import type { Edit } from '../editing/edits';
import { validateStructure } from '../model/validate';
import type { Structure } from '../model/types';
import { structureToJson } from '../model/structureDocument';

/** Applies an edit that must succeed; checks the result validates and that its patches redo and undo it. */
export function applied(s: Structure, edit: Edit) {
	const r = applyEdit(s, edit);
	if (!r.ok) throw new Error(`expected ${edit.type} to succeed, got: ${r.error}`);
	expect(validateStructure(r.structure)).toEqual([]);
	expect(applyPatches(s, r.patches)).toEqual(r.structure);
	expect(applyPatches(r.structure, r.inversePatches)).toEqual(s);
	return r;
}

/** Applies an edit that must be refused; returns the message and checks nothing changed. */
export function refused(s: Structure, edit: Edit): string {
	const before = structureToJson(s);
	const r = applyEdit(s, edit);
	if (r.ok)
		throw new Error(`expected ${edit.type} to be refused, but it succeeded: ${r.description}`);
	expect(structureToJson(s)).toBe(before);
	return r.error;
}
