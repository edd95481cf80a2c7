import type Database from 'better-sqlite3';
import * as client from 'openid-client';
import { record } from './audit.ts';
import { isLoopback } from './firstRun.ts';
import {
	AccountError,
	findUserByEmail,
	insertUser,
	isRole,
	looksLikeEmail,
	normaliseEmail,
	type Role,
	type User
} from './users.ts';

/**
 * Single sign-on by OpenID Connect (Microsoft Entra ID, Google Workspace, any certified provider),
 * through openid-client: the authorisation code flow with PKCE, state and nonce. People are matched
 * by their verified email; someone new gets an account with OIDC_DEFAULT_ROLE (viewer), or admin
 * when their email is in OIDC_ADMIN_EMAILS.
 */
export interface OidcSettings {
	issuer: URL;
	clientId: string;
	clientSecret?: string;
	redirectUrl: URL;
	defaultRole: Role;
	adminEmails: Set<string>;
	/**
	 * Entra ID does not send email_verified; a single-tenant directory vouches for its own emails,
	 * so OIDC_TRUST_EMAIL=1 accepts an email without that claim. Otherwise it must be true.
	 */
	trustEmail: boolean;
}

/** The settings from the environment, or undefined when single sign-on is not configured. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
	const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_REDIRECT_URL } = env;
	if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_REDIRECT_URL) return undefined;
	const role = env.OIDC_DEFAULT_ROLE ?? 'viewer';
	if (!isRole(role)) throw new Error('OIDC_DEFAULT_ROLE must be admin, editor or viewer.');
	return {
		issuer: new URL(OIDC_ISSUER),
		clientId: OIDC_CLIENT_ID,
		clientSecret: env.OIDC_CLIENT_SECRET || undefined,
		redirectUrl: new URL(OIDC_REDIRECT_URL),
		defaultRole: role,
		adminEmails: new Set(
			(env.OIDC_ADMIN_EMAILS ?? '')
				.split(/[,\s]+/)
				.filter(Boolean)
				.map(normaliseEmail)
		),
		trustEmail: env.OIDC_TRUST_EMAIL === '1' || env.OIDC_TRUST_EMAIL === 'true'
	};
}

const configs = new Map<string, Promise<client.Configuration>>();

/** The provider's configuration, discovered once per issuer and client. */
function configuration(s: OidcSettings): Promise<client.Configuration> {
	const key = `${s.issuer.href} ${s.clientId}`;
	let found = configs.get(key);
	if (!found) {
		// Plain http only to a provider on this machine (the tests'); anywhere else https.
		const insecure = s.issuer.protocol === 'http:' && isLoopbackHost(s.issuer.hostname);
		found = client.discovery(
			s.issuer,
			s.clientId,
			{ redirect_uris: [s.redirectUrl.href], response_types: ['code'] },
			s.clientSecret ? client.ClientSecretPost(s.clientSecret) : client.None(),
			insecure ? { execute: [client.allowInsecureRequests] } : undefined
		);
		// A failed discovery (provider down) is tried again next time.
		found.catch(() => configs.delete(key));
		configs.set(key, found);
	}
	return found;
}

function isLoopbackHost(host: string): boolean {
	return host === 'localhost' || isLoopback(host.replace(/^\[|\]$/g, ''));
}

/** What the browser must carry from the start of sign-in to the callback (in a short cookie). */
export interface OidcChecks {
	state: string;
	nonce: string;
	codeVerifier: string;
	/** Where to go after signing in (a path on this site). */
	returnTo: string;
}

/** Begin: the provider's URL to send the browser to, and the checks to keep until it comes back. */
export async function startOidc(
	s: OidcSettings,
	returnTo = '/'
): Promise<{ url: URL; checks: OidcChecks }> {
	const config = await configuration(s);
	const codeVerifier = client.randomPKCECodeVerifier();
	const checks: OidcChecks = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		codeVerifier,
		returnTo: safeReturnTo(returnTo)
	};
	const url = client.buildAuthorizationUrl(config, {
		redirect_uri: s.redirectUrl.href,
		scope: 'openid email profile',
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state: checks.state,
		nonce: checks.nonce
	});
	return { url, checks };
}

/** Only a path on this site, never another site (an open redirect). */
export function safeReturnTo(path: string | null | undefined): string {
	return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\')
		? path
		: '/';
}

export interface OidcPerson {
	subject: string;
	email: string;
	name?: string;
}

/**
 * Finish: exchange the code (checking state, nonce and PKCE) and read who signed in. `search` is
 * the callback's query string; the callback URL itself is taken from OIDC_REDIRECT_URL, as the
 * provider knows it, whatever address the request came in on.
 */
export async function finishOidc(
	s: OidcSettings,
	search: string,
	checks: OidcChecks
): Promise<OidcPerson> {
	const config = await configuration(s);
	const current = new URL(s.redirectUrl.href);
	current.search = search;
	const tokens = await client.authorizationCodeGrant(config, current, {
		pkceCodeVerifier: checks.codeVerifier,
		expectedState: checks.state,
		expectedNonce: checks.nonce,
		idTokenExpected: true
	});
	const idToken = tokens.claims();
	if (!idToken) throw new AccountError('The sign-in service sent no identity.');
	// Providers that follow the core spec strictly (oidc-provider) put email and name in the
	// UserInfo answer rather than the ID token of a code flow; Entra ID and Google put them in both.
	const claims: Record<string, unknown> & { sub: string } =
		typeof idToken.email === 'string'
			? idToken
			: {
					...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)),
					sub: idToken.sub
				};
	const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : '';
	if (!email || !looksLikeEmail(email))
		throw new AccountError('The sign-in service did not say your email address.');
	if (claims.email_verified !== true && !s.trustEmail)
		throw new AccountError('The sign-in service has not verified your email address.');
	return {
		subject: claims.sub,
		email,
		name: typeof claims.name === 'string' ? claims.name : undefined
	};
}

/**
 * The account for someone the provider vouched for: found by email, or created with the default
 * role. A disabled account is refused. Records `sign-in` (and `user-add` for a new account).
 */
export function oidcUser(
	db: Database.Database,
	s: OidcSettings,
	person: OidcPerson,
	address: string
): User {
	return db.transaction(() => {
		let user = findUserByEmail(db, person.email);
		if (!user) {
			const role: Role = s.adminEmails.has(person.email) ? 'admin' : s.defaultRole;
			user = insertUser(db, { email: person.email, displayName: person.name, role });
			record(db, {
				actor: 'system',
				action: 'user-add',
				address,
				subject: user.email,
				detail: { role, canSeePay: false, via: 'single sign-on', issuer: s.issuer.href }
			});
		}
		if (user.disabled) {
			record(db, {
				actor: user.id,
				action: 'sign-in-failed',
				address,
				subject: user.email,
				detail: { reason: 'disabled', method: 'oidc' }
			});
			throw new AccountError('This account is switched off; ask an administrator.');
		}
		record(db, {
			actor: user.id,
			action: 'sign-in',
			address,
			subject: user.email,
			detail: { method: 'oidc', issuer: s.issuer.href, subject: person.subject }
		});
		return user;
	})();
}
