import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eAuthFiles } from './tests/support/e2eAuth.ts';

// Each run starts the real server on a fresh database.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'council-design-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// The shared server's first administrator, signed in: every spec starts from that session.
	globalSetup: './tests/support/globalSetup.ts',
	forbidOnly: !!process.env.CI,
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		storageState: e2eAuthFiles(dataDir).storageState,
		viewport: { width: 1280, height: 720 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update'
			]
		}
	},
	// The server as `npm start` runs it after building, with only the settings the README names.
	webServer: {
		command: 'node server.js',
		url: `http://127.0.0.1:${port}/`,
		timeout: 120_000,
		reuseExistingServer: false,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir
		}
	}
});
