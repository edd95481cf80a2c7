/**
 * Before the browser tests: the shared test server gets its first administrator (made on its
 * database from this machine, as `npm run admin -- add-user` would), signed in; every spec starts
 * from that session (playwright.config.ts `storageState`). An administrator with the right to see
 * pay sees everything the tests written before accounts existed expect.
 */
import { writeFileSync } from 'node:fs';
import { E2E_ADMIN, e2eAuthFiles } from './e2eAuth.ts';
import { makePeople } from './server.ts';

export default function globalSetup(): void {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir) throw new Error('playwright.config.ts sets E2E_DATA_DIR');
	const admin = makePeople(dataDir, [E2E_ADMIN])[E2E_ADMIN.email];
	const files = e2eAuthFiles(dataDir);
	writeFileSync(files.storageState, JSON.stringify(admin.storageState));
	writeFileSync(files.person, JSON.stringify(admin));
}
