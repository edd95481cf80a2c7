import { error, type RequestEvent } from '@sveltejs/kit';
import { canAdminister, type User } from '$lib/server/auth';

/** Form actions and downloads check again: a layout's load does not run for them. */
export function administrator(event: Pick<RequestEvent, 'locals'>): User {
	const user = event.locals.user;
	if (!user || !canAdminister(user))
		error(403, 'Only administrators look after accounts and the audit trail.');
	return user;
}
