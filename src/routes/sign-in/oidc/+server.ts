import { error, redirect } from '@sveltejs/kit';
import { oidcSettings, safeReturnTo, startOidc } from '$lib/server/auth';
import { OIDC_COOKIE, oidcCookieOptions } from './oidcCookie';
import type { RequestHandler } from './$types';

/** Start single sign-on: remember state, nonce and PKCE verifier in a short cookie, go to the provider. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const settings = oidcSettings();
	if (!settings) error(404, 'Single sign-on is not set up on this server.');
	let started: Awaited<ReturnType<typeof startOidc>>;
	try {
		started = await startOidc(settings, safeReturnTo(url.searchParams.get('returnTo')));
	} catch (e) {
		console.error(`Single sign-on: the provider could not be reached: ${(e as Error).message}`);
		error(
			502,
			'The council’s sign-in service could not be reached. Try again, or sign in with a password.'
		);
	}
	cookies.set(OIDC_COOKIE, JSON.stringify(started.checks), oidcCookieOptions(url));
	redirect(302, started.url.href);
};
