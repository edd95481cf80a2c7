/**
 * Failures of the machine under the store, on the real server: a full disk, a read-only data
 * folder, a damaged database file. Each is said in words; nothing acknowledged is lost, and the
 * edits on the page survive a failed save. The disk and the read-only folder are small tmpfs file
 * systems mounted for the test (CI runs as root, as `.ci/run` does).
 */
import { expect, hydrationAware, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import {
	closeSync,
	mkdtempSync,
	openSync,
	readdirSync,
	rmSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';
import { dragPostOnto, libraryCount } from './edit-helpers.ts';

test.describe.configure({ mode: 'serial' });

const mounts: string[] = [];

function mountTmpfs(size: string, readOnly = false): string {
	const dir = mkdtempSync(join(tmpdir(), 'council-storage-'));
	execFileSync('mount', [
		'-t',
		'tmpfs',
		'-o',
		`size=${size}${readOnly ? ',ro' : ''}`,
		'tmpfs',
		dir
	]);
	mounts.push(dir);
	return dir;
}

test.afterAll(() => {
	for (const dir of mounts) {
		execFileSync('umount', ['-l', dir]);
		rmSync(dir, { recursive: true, force: true });
	}
});

/** Fill the file system under `dir` until it refuses another byte. */
function fill(dir: string): string {
	const file = join(dir, 'filler');
	const fd = openSync(file, 'w');
	const chunk = Buffer.alloc(64 * 1024, 1);
	try {
		for (;;) writeSync(fd, chunk);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
	} finally {
		closeSync(fd);
	}
	return file;
}

/** The server's refusal to start, in the words it printed. */
async function refusalToStart(dataDir: string): Promise<string> {
	try {
		const server = await startServer({ dataDir });
		await server.stop();
		return 'it started';
	} catch (e) {
		return (e as Error).message;
	}
}

test('a full disk: the save is refused in words, nothing half-saved, the edits stay', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const disk = mountTmpfs('4m');
	let server: TestServer | undefined;
	try {
		server = await startServer({ dataDir: disk, people: [TEST_ADMIN] });
		const before = await libraryCount(server);
		const page = await hydrationAware(
			await browser.newContext({
				baseURL: server.url,
				viewport: { width: 1600, height: 1000 },
				storageState: server.admin!.storageState
			})
		).newPage();
		await page.goto('/structures/core-delivery-2021-md-to-ceo/graph');
		await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
		await dragPostOnto(page, 'md-city-operations', 'pd-places');
		// The Chief Executive had ten direct reports in this option; one moves under Places.
		await expect(page.locator('[data-figure="ceo-span"] dd')).toContainText('9 (');

		const filler = fill(disk);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.getByLabel('Scenario name').fill('Saved on a full disk');
		await page.getByRole('button', { name: 'Save scenario' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'The disk is full: nothing was saved, and your edits are still here.'
		);
		// The edit is still on the page, and nothing reached the library.
		await expect(page.locator('[data-figure="ceo-span"] dd')).toContainText('9 (');
		expect(await libraryCount(server)).toBe(before);

		// The API says the same, with its own status.
		const base = await (await server.fetch(`/api/structures/clt-2020`)).json();
		const api = await server.fetch(`/api/structures`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({
				name: 'Also refused',
				derivedFrom: 'clt-2020',
				structure: { ...base.structure, description: 'A scenario saved on a full disk.' }
			})
		});
		expect(api.status).toBe(507);
		expect((await api.json()).message).toMatch(/^The disk is full: nothing was saved/);

		// With space again, the same save goes through.
		rmSync(filler);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.getByLabel('Scenario name').fill('Saved on a full disk');
		await page.getByRole('button', { name: 'Save scenario' }).click();
		await expect(page).toHaveURL(/\/structures\/saved-on-a-full-disk\/graph$/);
		expect(await libraryCount(server)).toBe(before + 1);
	} finally {
		await server?.kill();
	}
});

test('a read-only data folder: the server does not start, and says why', async () => {
	const dir = mountTmpfs('4m', true);
	const message = await refusalToStart(dir);
	expect(message).toContain('Council Design cannot start. The data folder is read-only.');
	expect(message).not.toContain('Listening');
});

test('a damaged database file: the server does not start, and says to restore a backup', async () => {
	// Not a database at all.
	const garbage = mkdtempSync(join(tmpdir(), 'council-damaged-'));
	writeFileSync(join(garbage, 'council-design.sqlite'), 'this is not a database '.repeat(500));
	expect(await refusalToStart(garbage)).toContain(
		'The database file is damaged. Restore it from a backup (npm run --silent admin -- restore FILE).'
	);

	// A real database with one page overwritten: it opens, but fails the integrity check.
	const broken = mkdtempSync(join(tmpdir(), 'council-damaged-'));
	const file = join(broken, 'council-design.sqlite');
	const db = new Database(file);
	db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
	const insert = db.prepare('INSERT INTO t VALUES (?)');
	for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
	db.close();
	const fd = openSync(file, 'r+');
	writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 3);
	closeSync(fd);
	expect(await refusalToStart(broken)).toContain('The database file is damaged.');
	for (const d of [garbage, broken]) rmSync(d, { recursive: true, force: true });
});

test('a backup made while the server runs restores every saved version', async () => {
	test.setTimeout(90_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'council-backup-'));
	const backup = join(mkdtempSync(join(tmpdir(), 'council-backup-file-')), 'backup.sqlite');
	const server = await startServer({ dataDir, people: [TEST_ADMIN] });
	const base = await (await server.fetch(`/api/structures/clt-2020`)).json();
	const saved = await server.fetch(`/api/structures`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			name: 'Kept by the backup',
			derivedFrom: 'clt-2020',
			// A scenario must differ from its base: this one says what it is for.
			structure: { ...base.structure, description: 'A scenario saved by the browser tests.' }
		})
	});
	expect(saved.status).toBe(201);
	const admin = (...args: string[]) =>
		execFileSync('npx', ['tsx', 'src/cli/admin.ts', ...args], {
			env: { ...process.env, DATA_DIR: dataDir },
			encoding: 'utf8'
		});
	// The built-in models (one a file in models/) and the scenario just saved.
	const n = readdirSync(join(ROOT, 'models')).filter((f) => f.endsWith('.yaml')).length + 1;
	expect(admin('backup', backup)).toMatch(
		new RegExp(`^Backed up ${n} structures \\(${n} versions\\) to `)
	);
	await server.stop();

	rmSync(dataDir, { recursive: true, force: true });
	expect(admin('restore', backup)).toMatch(
		new RegExp(`^Restored ${n} structures \\(${n} versions\\) from `)
	);
	const again = await startServer({ dataDir, as: server.admin });
	try {
		const got = await (await again.fetch(`/api/structures/kept-by-the-backup`)).json();
		expect(got.structure.name).toBe('Kept by the backup');
	} finally {
		await again.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
});
