import type { Cookies } from '@sveltejs/kit';
import type Database from 'better-sqlite3';
import { sessionCookieOptions, SESSION_COOKIE } from './cookies.ts';
import { identify, type Identity } from './identify.ts';
import { createSession, endSession } from './sessions.ts';
import type { User } from './users.ts';

/** The parts of a SvelteKit RequestEvent the sign-in routes use. */
export interface AuthEvent {
	cookies: Cookies;
	request: Request;
	url: URL;
	getClientAddress(): string;
}

/** The client's address as adapter-node reports it ('' where there is none, as in some tests). */
export function clientAddress(event: Pick<AuthEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return '';
	}
}

/** Who sent this request: session cookie or API token. */
export function whoIs(db: Database.Database, event: AuthEvent): Identity | undefined {
	return identify(db, {
		sessionCookie: event.cookies.get(SESSION_COOKIE),
		authorization: event.request.headers.get('authorization')
	});
}

/** Start a session for `user` and give the browser its cookie, ending any session it had before. */
export function signIn(db: Database.Database, event: AuthEvent, user: User): void {
	const before = event.cookies.get(SESSION_COOKIE);
	if (before) endSession(db, before);
	const { id } = createSession(db, user.id, clientAddress(event));
	event.cookies.set(SESSION_COOKIE, id, sessionCookieOptions(event.url));
}

/** End this browser's session, if any, and take its cookie away. */
export function signOut(db: Database.Database, event: AuthEvent): void {
	const id = event.cookies.get(SESSION_COOKIE);
	if (id) endSession(db, id);
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
}
