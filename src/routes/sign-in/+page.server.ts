import { fail, redirect } from '@sveltejs/kit';
import {
	appDatabase,
	clientAddress,
	lockoutWords,
	needsSetup,
	oidcSettings,
	safeReturnTo,
	signIn,
	verifyPassword,
	whoIs
} from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

const time = new Intl.DateTimeFormat('en-GB', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/London'
});

export const load: PageServerLoad = (event) => {
	const db = appDatabase();
	if (needsSetup(db)) redirect(303, '/setup');
	return {
		signedInAs: whoIs(db, event)?.user.email,
		returnTo: safeReturnTo(event.url.searchParams.get('returnTo')),
		singleSignOn: oidcSettings() !== undefined,
		lockout: lockoutWords()
	};
};

export const actions: Actions = {
	default: async (event) => {
		const db = appDatabase();
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const returnTo = safeReturnTo(String(form.get('returnTo') ?? '/'));
		if (!email || !password)
			return fail(400, { email, message: 'Enter your email address and your password.' });
		const result = await verifyPassword(db, { email, password, address: clientAddress(event) });
		if (!result.ok) {
			if (result.reason === 'locked')
				return fail(429, {
					email,
					message:
						`Too many failed sign-ins: signing in as ${email} is paused until ` +
						`${time.format(result.until)}. ${lockoutWords()}`
				});
			return fail(400, {
				email,
				message:
					'That email address and password do not match an account. Check both and try again.'
			});
		}
		signIn(db, event, result.user);
		redirect(303, returnTo);
	}
};
