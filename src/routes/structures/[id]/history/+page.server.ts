import { error } from '@sveltejs/kit';
import { parseStructureRef } from '$lib/model/structureRef';
import { notAStructureRef, readableRights, structureNotFound } from '$lib/server/resolve';
import { history } from '$lib/server/store';
import { versionAuthors } from '$lib/server/stewardship';
import type { PageServerLoad } from './$types';

/** Every saved version of the structure, oldest first, with its change log (whatever version is open). */
export const load: PageServerLoad = ({ params, locals }) => {
	const ref = parseStructureRef(params.id);
	if (!ref) error(400, notAStructureRef(params.id));
	const versions = readableRights(ref.id, locals.user) ? history(ref.id) : undefined;
	if (!versions) error(404, structureNotFound({ id: ref.id }, locals.user));
	return { versions, authors: versionAuthors(ref.id) };
};
