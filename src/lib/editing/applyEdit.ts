import type { Patch } from 'immer';
import type { Structure } from '../model/types';
import { setAssumption } from './assumptionCommands';
import { carryAnalysis } from './carry';
import { describePatches } from './changeLog';
import type { Command } from './command';
import type { Edit, EditResult, EditType } from './edits';
import { freezeTouched, produceWithPatches } from './immer';
import { addLink, removeLink } from './linkCommands';
import { addMeeting, removeMeeting, updateMeeting } from './meetingCommands';
import {
	addPost,
	deletePost,
	movePost,
	regradePost,
	retitlePost,
	setPostDates,
	setPostFunding,
	setPostStatus
} from './postCommands';
import { moveService } from './serviceCommands';

/** Every edit command, by name. */
export const COMMANDS: { [T in EditType]: Command<T> } = {
	movePost,
	moveService,
	addPost,
	deletePost,
	retitlePost,
	regradePost,
	setPostFunding,
	setPostDates,
	setPostStatus,
	addLink,
	removeLink,
	addMeeting,
	removeMeeting,
	updateMeeting,
	setAssumption
};

/**
 * Apply one edit: refuse it (saying why) before anything changes, or make it in one immer
 * produce and return the new snapshot, the patches to redo and undo it, and what changed in
 * words. An edit that changes nothing returns no patches (history does not record it).
 *
 * `structure` should be deep-frozen (immer's freeze(s, true)) so immer can skip it when finalising.
 */
export function applyEdit(structure: Structure, edit: Edit): EditResult {
	const cmd = COMMANDS[edit?.type] as Command<EditType> | undefined;
	if (!cmd) return { ok: false, error: `'${String(edit?.type)}' is not an edit this tool knows` };
	const refusal = cmd.refuse(structure, edit);
	if (refusal) return { ok: false, error: refusal };
	let createdId: string | undefined;
	const [produced, patches, inversePatches] = produceWithPatches(structure, (d) => {
		createdId = cmd.perform(d, edit, structure) ?? undefined;
	});
	const next = patches.length ? freezeTouched(produced, patches) : structure;
	carryAnalysis(structure, next, patches);
	const description = patches.length ? describePatches(structure, patches, next).join('; ') : '';
	return createdId === undefined
		? { ok: true, structure: next, patches, inversePatches, description }
		: { ok: true, structure: next, patches, inversePatches, description, createdId };
}

/**
 * Several edits as one step (a multi-select drag): each is checked against the structure the
 * previous ones made; if any is refused nothing changes and the error says which.
 */
export function applyEdits(structure: Structure, edits: readonly Edit[]): EditResult {
	let current = structure;
	const patches: Patch[] = [];
	const inverse: Patch[][] = [];
	for (let i = 0; i < edits.length; i++) {
		const r = applyEdit(current, edits[i]);
		if (!r.ok) {
			return {
				ok: false,
				error: edits.length > 1 ? `change ${i + 1} of ${edits.length}: ${r.error}` : r.error
			};
		}
		current = r.structure;
		patches.push(...r.patches);
		inverse.push(r.inversePatches);
	}
	const inversePatches = inverse.reverse().flat();
	const description = patches.length ? describePatches(structure, patches, current).join('; ') : '';
	return { ok: true, structure: current, patches, inversePatches, description };
}
