import { canAdminister, canCreateStructures, ROLE_NAMES } from '$lib/server/auth';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the site header (null on the sign-in and setup pages). */
export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		viewer: user
			? {
					email: user.email,
					name: user.displayName || user.email,
					role: ROLE_NAMES[user.role],
					canSeePay: user.canSeePay,
					administers: canAdminister(user),
					creates: canCreateStructures(user)
				}
			: null
	};
};
