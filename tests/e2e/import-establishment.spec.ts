/**
 * An 11,000-post HR export through the import page, on its own server and database: the mapping
 * step (change one column, see the preview follow), the import, the new structure's overview with
 * a figure counted here from the generated rows; then a changed export into the same structure,
 * with what changed counted before it is saved as version 2. Screenshots of the page at both sizes
 * go to /tmp/shots-import/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ownServer } from './own-server.ts';
import type { TestServer } from './edit-helpers.ts';
import { checkExport, importChecked } from './import-helpers.ts';
import { generateHrExport, toCsv, type HrExport } from '../support/hrExport.ts';

let server: TestServer;
ownServer((s) => {
	server = s;
});

const SHOTS = '/tmp/shots-import';
const n = (x: number) => new Intl.NumberFormat('en-GB').format(x);
const e11k = generateHrExport({ posts: 11_000, seed: 11 });

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('an 11,000-post CSV imports through the mapping step and opens', async ({
	page
}, testInfo) => {
	const file = testInfo.outputPath('council-11k.csv');
	writeFileSync(file, toCsv(e11k));
	await checkExport(page, server.url, file, 'council-11k.csv');
	const preview = page.getByRole('table', { name: 'The first rows as they would import' });
	// Row 2 is the Chief Executive: its title as the file has it.
	await expect(preview.locator('tbody tr').first().locator('td').nth(3)).toHaveText(
		e11k.rows[0][2]
	);
	await expect(page.locator('.counts dd').first()).toHaveText(n(11_000));

	// Read the job title from the Grade column instead: the preview follows.
	await page.getByLabel(/^Job title/).selectOption('Grade');
	await expect(preview.locator('tbody tr').first().locator('td').nth(3)).toHaveText(
		e11k.rows[0][3]
	);
	await page.getByLabel(/^Job title/).selectOption('Job Title');
	await expect(preview.locator('tbody tr').first().locator('td').nth(3)).toHaveText(
		e11k.rows[0][2]
	);

	mkdirSync(SHOTS, { recursive: true });
	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `${SHOTS}/mapping-${w}x${h}.png`, fullPage: true });
	}

	await importChecked(page, 11_000, 'council-11k');
	// Managers and posts, counted here from the rows.
	const managers = new Set(e11k.rows.map((r) => r[1]).filter((m) => m !== '')).size;
	expect(managers).toBeGreaterThan(1000);
	await expect(page.locator('[data-key="posts"] .value')).toContainText(n(11_000));
	const api = await (await server.fetch(`${server.url}/api/structures`)).json();
	const listed = api.find((s: { id: string }) => s.id === 'council-11k');
	expect(listed.summary.managers).toBe(managers);
});

/** The same export a month on: 3 posts gone, 2 regraded, 1 more vacant, 1 with a new manager. */
function changed(e: HrExport): { export: HrExport; removed: number } {
	const rows = e.rows.map((r) => [...r]);
	const managers = new Set(rows.map((r) => r[1]));
	const leaves = rows.filter((r) => !managers.has(r[0]) && r[1] !== '');
	const gone = new Set([leaves[1][0], leaves[2][0], leaves[3][0]]);
	leaves[10][3] = leaves[10][3] === 'GR3' ? 'GR5' : 'GR3';
	leaves[11][3] = leaves[11][3] === 'GR3' ? 'GR5' : 'GR3';
	const filled = leaves.filter((r) => r[9] === 'No');
	filled[20][9] = 'Yes';
	filled[20][8] = '';
	filled[21][1] = filled[22][1] === filled[21][1] ? rows[1][0] : filled[22][1];
	return { export: { ...e, rows: rows.filter((r) => !gone.has(r[0])) }, removed: gone.size };
}

test('a changed export into the same structure shows what changed before it is saved', async ({
	page
}, testInfo) => {
	const { export: newer } = changed(e11k);
	const file = testInfo.outputPath('council-11k-july.csv');
	writeFileSync(file, toCsv(newer));
	await page.goto(`${server.url}/import`);
	await page.getByLabel('YAML model file or HR export').setInputFiles(file);
	await page.getByLabel('a new version of an existing structure').check();
	await page.getByLabel('Structure', { exact: true }).selectOption('council-11k');
	await page.getByRole('button', { name: 'Check the file' }).click();
	const panel = page.getByRole('region', { name: 'What changes from version 1' });
	await expect(panel).toBeVisible({ timeout: 60_000 });
	await expect(panel.locator('[data-kind="removed"]')).toHaveText('3');
	await expect(panel.locator('[data-kind="added"]')).toHaveText('0');
	await expect(panel.locator('[data-kind="regraded"]')).toHaveText('2');
	await expect(panel.locator('[data-kind="vacancy"]')).toHaveText('1');
	await expect(panel.locator('[data-kind="moved"]')).toHaveText('1');
	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `${SHOTS}/changes-${w}x${h}.png`, fullPage: true });
	}
	await page.getByRole('button', { name: 'Import as version 2' }).click();
	await page.waitForURL(/\/structures\/council-11k$/, { timeout: 120_000 });
	const history = await (
		await server.fetch(`${server.url}/api/structures/council-11k/history`)
	).json();
	expect(history.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
	await expect(page.locator('[data-key="posts"] .value')).toContainText(n(11_000 - 3));
});
