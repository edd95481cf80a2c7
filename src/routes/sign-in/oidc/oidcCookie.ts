/**
 * The checks (state, nonce, PKCE verifier) carried from the start of single sign-on to its
 * callback: HttpOnly, only sent to /sign-in/oidc, gone after ten minutes. SameSite=Lax still sends it
 * on the provider's top-level redirect back to the callback.
 */
export const OIDC_COOKIE = 'council_design_oidc';

export function oidcCookieOptions(url: URL) {
	return {
		path: '/sign-in/oidc',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: 600
	};
}
