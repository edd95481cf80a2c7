import { Immer, enableArrayMethods, enableMapSet, enablePatches, freeze, type Patch } from 'immer';
import type { Structure } from '../model/types';
import { carryAnalysis } from './carry';

enablePatches();
enableArrayMethods();

/**
 * The editing core's own immer, with auto-freeze off and freezing done here instead, because
 * immer's auto-freeze would walk every entry of a collection it copied. A new snapshot has every
 * record, list and value an edit touched frozen, and its root frozen. Of the top-level collections
 * immer copied, the posts Map is frozen too (for a Map that is a constant-time change to its
 * methods); the small Records (units, links…) are left unfrozen. Nothing in the app writes to a
 * snapshot; the records inside are what a stray write would corrupt, and those are frozen.
 */
const immer = new Immer({ autoFreeze: false });
enableMapSet();

export const produceWithPatches = immer.produceWithPatches;

/** Collections held as Records at the top of a Structure: copied by an edit, not frozen. */
const COLLECTIONS = new Set([
	'posts',
	'units',
	'services',
	'bodies',
	'links',
	'meetings',
	'grades',
	'oneOffCosts'
]);

/** Freeze what the patches touched in `root` (see above); returns `root`. */
export function freezeTouched<T>(root: T, patches: readonly Patch[]): T {
	Object.freeze(root);
	for (const p of patches) {
		let node: unknown = root;
		for (let i = 0; i < p.path.length; i++) {
			const key = p.path[i];
			node = node instanceof Map ? node.get(key) : (node as Record<string | number, unknown>)[key];
			if (node === null || typeof node !== 'object') break;
			if (i === 0 && node instanceof Map) {
				freeze(node);
				continue;
			}
			if (i === 0 && COLLECTIONS.has(String(key))) continue;
			// Deep for the value a patch put in place; along the way only the container itself.
			if (i === p.path.length - 1) freeze(node, true);
			else Object.freeze(node);
		}
	}
	return root;
}

/** Apply patches (undo, redo) and freeze the result as an edit's result is frozen. */
export function applyPatches<T extends Structure>(base: T, patches: readonly Patch[]): T {
	const next = freezeTouched(immer.applyPatches(base, patches), patches);
	carryAnalysis(base, next, patches);
	return next;
}
