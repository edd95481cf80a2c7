import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { readableRights, structureNotFound } from '$lib/server/resolve';
import { history } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Every version of a structure, oldest first, with when it was saved and what changed. */
export const GET: RequestHandler = ({ params, locals }) => {
	const versions = readableRights(params.id, locals.user) ? history(params.id) : undefined;
	if (!versions) return problem(404, structureNotFound({ id: params.id }, locals.user));
	return json({ id: params.id, versions });
};
