import { error } from '@sveltejs/kit';
import { parseStructureRef, type StructureRef } from '../model/structureRef';
import { appDatabase, rightsOn, visibleStructureIds, type Rights, type User } from './auth';
import { getStructure, listStructures, type StoredStructure, type StructureListing } from './store';

/**
 * The one way a page or an API route finds the structure an address names (`id` or `id@N`, see
 * model/structureRef.ts), and the one sentence it says when there is none. Every lookup is made as
 * a person (`user`, undefined when nobody is signed in): a structure they may not read is answered
 * exactly as a missing one, so nobody learns it exists.
 */

export type StructureLookup =
	| { ok: true; found: StoredStructure; rights: Rights }
	| { ok: false; status: 400 | 404; message: string };

/** The structures this person may read, for lists, pickers and choosers. */
export function visibleStructures(user: User | undefined): StructureListing[] {
	const visible = visibleStructureIds(appDatabase(), user);
	return listStructures().filter((s) => visible.has(s.id));
}

/** What to say when the store has no such structure (that this person may read), or not at that version. */
export function structureNotFound(ref: StructureRef, user: User | undefined): string {
	const known = visibleStructures(user);
	const listing = known.find((s) => s.id === ref.id);
	if (listing)
		return `Structure “${ref.id}” has no version ${ref.version}; its latest is version ${listing.latestVersion}.`;
	return `There is no structure “${ref.id}”. The structures are: ${known.map((s) => s.id).join(', ') || 'none yet'}.`;
}

/** What to say when the text does not read as `id` or `id@N`. */
export function notAStructureRef(text: string): string {
	return `“${text}” does not name a structure: write its id, or id@N for version N (such as clt-2020@1).`;
}

/** The structure a reference names, at its version (else the latest), or why there is none. */
export function lookUpStructure(
	ref: string | StructureRef,
	user: User | undefined
): StructureLookup {
	const parsed = typeof ref === 'string' ? parseStructureRef(ref) : ref;
	if (!parsed) return { ok: false, status: 400, message: notAStructureRef(String(ref)) };
	const rights = rightsOn(appDatabase(), user, parsed.id);
	// Rights first: "has no version N" would tell someone who may not read it that it exists.
	const found = rights.read ? getStructure(parsed.id, parsed.version) : undefined;
	return found
		? { ok: true, found, rights }
		: { ok: false, status: 404, message: structureNotFound(parsed, user) };
}

/** The rights this person has on a structure they may read, or undefined (answer 404). */
export function readableRights(id: string, user: User | undefined): Rights | undefined {
	const rights = rightsOn(appDatabase(), user, id);
	return rights.read ? rights : undefined;
}

/** For pages: the structure a reference names, or the error page saying why there is none. */
export function openStructure(ref: string | StructureRef, user: User | undefined): StoredStructure {
	const looked = lookUpStructure(ref, user);
	if (!looked.ok) error(looked.status, looked.message);
	return looked.found;
}

/**
 * The reference a route's [id] segment makes (`id` or `id@N`). The older `?version=N` is still
 * read, so links saved before `id@N` keep working; `fromQuery` says the version came from there.
 */
export function routeStructureRef(
	segment: string,
	url: URL
):
	| { ok: true; ref: StructureRef; fromQuery: boolean }
	| { ok: false; status: 400; message: string } {
	const ref = parseStructureRef(segment);
	if (!ref) return { ok: false, status: 400, message: notAStructureRef(segment) };
	const query = url.searchParams.get('version');
	if (query === null || ref.version !== undefined) return { ok: true, ref, fromQuery: false };
	const version = Number(query);
	if (!Number.isInteger(version) || version < 1)
		return {
			ok: false,
			status: 400,
			message: `“${query}” is not a version number: use a whole number from 1, such as ${ref.id}@1.`
		};
	return { ok: true, ref: { id: ref.id, version }, fromQuery: true };
}
