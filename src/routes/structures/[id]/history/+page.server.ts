import { error } from '@sveltejs/kit';
import { history } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Every saved version of the structure, oldest first, with its change log. */
export const load: PageServerLoad = ({ params }) => {
	const versions = history(params.id);
	if (!versions) error(404, `There is no structure “${params.id}”.`);
	return { versions };
};
