/**
 * Accounts, sign-in, rights, sharing, decision marks and the audit trail: plain functions over the
 * app's SQLite database (`appDatabase()`). See README.md beside this file.
 */
export { appDatabase } from './appDatabase.ts';
export * from './audit.ts';
export { AUDIT_CSV_COLUMNS, auditCsv } from './auditCsv.ts';
export { sessionCookieOptions, SESSION_COOKIE } from './cookies.ts';
export { createUser } from './createUser.ts';
export * from './decisions.ts';
export * from './firstRun.ts';
export * from './groups.ts';
export { identify, type Identity } from './identify.ts';
export * from './oidc.ts';
export { clientAddress, signIn, signOut, whoIs, type AuthEvent } from './requestEvent.ts';
export { changePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
export type { SignInResult } from './passwords.ts';
export * from './rights.ts';
export * from './sessions.ts';
export * from './settings.ts';
export * from './sharing.ts';
export * from './tokens.ts';
export * from './users.ts';
