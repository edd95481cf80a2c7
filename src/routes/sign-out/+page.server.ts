import { redirect } from '@sveltejs/kit';
import { appDatabase, clientAddress, record, signOut, whoIs } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => ({
	signedInAs: whoIs(appDatabase(), event)?.user.email
});

/** Signing out is a POST (a link could be followed by another site); the page holds the button. */
export const actions: Actions = {
	default: (event) => {
		const db = appDatabase();
		const who = whoIs(db, event);
		signOut(db, event);
		if (who)
			record(db, {
				actor: who.user.id,
				action: 'sign-out',
				address: clientAddress(event),
				subject: who.user.email
			});
		redirect(303, '/sign-in');
	}
};
