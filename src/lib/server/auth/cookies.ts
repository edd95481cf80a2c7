import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './settings.ts';

/**
 * The session cookie: HttpOnly (scripts never read it), SameSite=Lax (other sites' forms do not
 * carry it), Secure when the request came over https, for the whole site.
 */
export function sessionCookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000)
	};
}

export { SESSION_COOKIE };
