/**
 * The named settings of sign-in, in one place, so the README and the messages can quote them.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A session ends after this long without a request (a day's work with a lunch break). */
export const SESSION_IDLE_MS = 8 * HOUR;
/** …and in any case this long after sign-in, however busy. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * HOUR;
/** A session's last-seen time is written at most this often: each write costs an fsync. */
export const SESSION_TOUCH_EVERY_MS = MINUTE;

/** Five failed sign-ins for one email within fifteen minutes lock that email for fifteen minutes. */
export const EMAIL_FAILURE_LIMIT = 5;
/** Fifty failures from one address within fifteen minutes (trying many emails) lock the address. */
export const ADDRESS_FAILURE_LIMIT = 50;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
export const LOCK_MS = 15 * MINUTE;

/** The shortest password accepted (NCSC guidance: length over complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** The cookie holding the session id. */
export const SESSION_COOKIE = 'council_design_session';

/** How a lock reads to the person locked out. */
export function lockoutWords(): string {
	return (
		`After ${EMAIL_FAILURE_LIMIT} failed sign-ins within ${FAILURE_WINDOW_MS / MINUTE} minutes, ` +
		`an account is locked for ${LOCK_MS / MINUTE} minutes.`
	);
}
