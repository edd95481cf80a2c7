import { error } from '@sveltejs/kit';
import { parseStructureRef } from '$lib/model/structureRef';
import { notAStructureRef, structureNotFound } from '$lib/server/resolve';
import { history } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Every saved version of the structure, oldest first, with its change log (whatever version is open). */
export const load: PageServerLoad = ({ params }) => {
	const ref = parseStructureRef(params.id);
	if (!ref) error(400, notAStructureRef(params.id));
	const versions = history(ref.id);
	if (!versions) error(404, structureNotFound({ id: ref.id }));
	return { versions };
};
