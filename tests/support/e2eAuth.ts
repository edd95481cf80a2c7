import { readFileSync } from 'node:fs';
import { TEST_ADMIN, type SignedInPerson } from './server.ts';

/** The shared test server's administrator, made by globalSetup.ts. */
export const E2E_ADMIN = TEST_ADMIN;

/** Where globalSetup leaves the administrator's browser state and token, beside the data folder. */
export function e2eAuthFiles(dataDir: string) {
	return { storageState: `${dataDir}-admin-state.json`, person: `${dataDir}-admin.json` };
}

/** The shared server's administrator, signed in (for fetches outside the browser). */
export function e2eAdmin(): SignedInPerson {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir) throw new Error('playwright.config.ts sets E2E_DATA_DIR');
	return JSON.parse(readFileSync(e2eAuthFiles(dataDir).person, 'utf8')) as SignedInPerson;
}
