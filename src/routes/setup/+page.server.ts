import { fail, redirect } from '@sveltejs/kit';
import {
	AccountError,
	announceSetupCode,
	appDatabase,
	clientAddress,
	createFirstAdmin,
	isLoopback,
	loopbackIsTrusted,
	MIN_PASSWORD_LENGTH,
	needsSetup,
	signIn
} from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

/** First run: create the first administrator (from this machine, or with the setup code). */
export const load: PageServerLoad = (event) => {
	const db = appDatabase();
	if (!needsSetup(db)) redirect(303, '/sign-in');
	announceSetupCode(db);
	return {
		needsCode: !(loopbackIsTrusted() && isLoopback(clientAddress(event))),
		minPasswordLength: MIN_PASSWORD_LENGTH
	};
};

export const actions: Actions = {
	default: async (event) => {
		const db = appDatabase();
		const form = await event.request.formData();
		const field = (name: string) => String(form.get(name) ?? '');
		const email = field('email').trim();
		const displayName = field('name').trim();
		const keep = { email, displayName };
		if (field('password') !== field('confirm'))
			return fail(400, { ...keep, message: 'The two passwords are not the same.' });
		try {
			const user = await createFirstAdmin(db, {
				email,
				displayName,
				password: field('password'),
				address: clientAddress(event),
				setupCode: field('code') || undefined
			});
			signIn(db, event, user);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { ...keep, message: e.message });
			throw e;
		}
		redirect(303, '/');
	}
};
