import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { structureNotFound } from '$lib/server/resolve';
import { history } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Every version of a structure, oldest first, with when it was saved and what changed. */
export const GET: RequestHandler = ({ params }) => {
	const versions = history(params.id);
	if (!versions) return problem(404, structureNotFound({ id: params.id }));
	return json({ id: params.id, versions });
};
