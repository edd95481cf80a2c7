import { error, redirect } from '@sveltejs/kit';
import {
	AccountError,
	appDatabase,
	clientAddress,
	finishOidc,
	oidcSettings,
	oidcUser,
	record,
	signIn,
	type OidcChecks
} from '$lib/server/auth';
import { OIDC_COOKIE, oidcCookieOptions } from '../oidcCookie';
import type { RequestHandler } from './$types';

/** The provider sends the browser back here with a code: check it, find or add the person, sign in. */
export const GET: RequestHandler = async (event) => {
	const { url, cookies } = event;
	const settings = oidcSettings();
	if (!settings) error(404, 'Single sign-on is not set up on this server.');
	const kept = cookies.get(OIDC_COOKIE);
	cookies.delete(OIDC_COOKIE, { path: oidcCookieOptions(url).path });
	let checks: OidcChecks;
	try {
		checks = JSON.parse(kept ?? '') as OidcChecks;
	} catch {
		error(
			400,
			'This sign-in had expired or was started in another browser. Start again from the sign-in page.'
		);
	}
	const db = appDatabase();
	const address = clientAddress(event);
	let user;
	try {
		const person = await finishOidc(settings, url.search, checks);
		user = oidcUser(db, settings, person, address);
	} catch (e) {
		const message =
			e instanceof AccountError ? e.message : 'The sign-in service’s answer could not be checked.';
		if (!(e instanceof AccountError)) {
			console.error(`Single sign-on failed: ${(e as Error).message}`);
			record(db, {
				actor: 'anonymous',
				action: 'sign-in-failed',
				address,
				detail: { method: 'oidc', reason: (e as Error).message }
			});
		}
		error(401, `Not signed in: ${message}`);
	}
	signIn(db, event, user);
	redirect(303, checks.returnTo);
};
