import { fail, redirect } from '@sveltejs/kit';
import {
	AccountError,
	appDatabase,
	changePassword,
	clientAddress,
	MIN_PASSWORD_LENGTH,
	ROLE_NAMES,
	whoIs
} from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const who = whoIs(appDatabase(), event);
	if (!who) redirect(303, '/sign-in?returnTo=/account');
	const { user } = who;
	return {
		email: user.email,
		displayName: user.displayName,
		role: ROLE_NAMES[user.role],
		canSeePay: user.canSeePay,
		hasPassword: user.hasPassword,
		minPasswordLength: MIN_PASSWORD_LENGTH
	};
};

export const actions: Actions = {
	password: async (event) => {
		const db = appDatabase();
		const who = whoIs(db, event);
		if (!who) redirect(303, '/sign-in?returnTo=/account');
		const form = await event.request.formData();
		const next = String(form.get('next') ?? '');
		if (next !== String(form.get('confirm') ?? ''))
			return fail(400, { message: 'The two new passwords are not the same.' });
		try {
			await changePassword(db, {
				userId: who.user.id,
				current: String(form.get('current') ?? ''),
				next,
				address: clientAddress(event),
				keepSessionHash: who.via === 'session' ? who.session.idHash : undefined
			});
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { message: e.message });
			throw e;
		}
		return {
			done: 'Your password is changed. Anywhere else you were signed in has been signed out.'
		};
	}
};
