import { error } from '@sveltejs/kit';
import { canAdminister } from '$lib/server/auth';
import type { LayoutServerLoad } from './$types';

/** Users, groups and the audit trail: administrators only. */
export const load: LayoutServerLoad = ({ locals }) => {
	if (!canAdminister(locals.user))
		error(403, 'Only administrators look after accounts and the audit trail.');
	return {};
};
