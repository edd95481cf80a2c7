/**
 * In and out: a model file with mistakes is refused with every error located (file:line:column,
 * the field, what to do) and the library is unchanged; an exported YAML file imports back as the
 * same structure. Runs on its own server and database (edit-helpers.ts): an import adds to the
 * library.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ownServer } from './own-server.ts';
import {
	formatModelError,
	parseStructureYaml,
	validateStructure
} from '../../src/lib/model/index.ts';
import type { StructureDocument } from '../../src/lib/model/structureDocument.ts';
import { libraryCount, type TestServer } from './edit-helpers.ts';
import { expectNoSeriousAxeViolations } from './pages-helpers.ts';

test.describe.configure({ mode: 'serial' });

let server: TestServer;

ownServer((s) => {
	server = s;
});

/** The loader's test structure with two mistakes: an unknown grade and an unknown line manager. */
function badYaml(): string {
	const text = readFileSync('src/lib/testing/models/small-base.yaml', 'utf8');
	const bad = text
		.replace(
			'    title: Head of Waste\n    grade: head-of-service',
			'    title: Head of Waste\n    grade: head-of-servise'
		)
		.replace(
			'    reportsTo: director-places\n    fte: 0.5',
			'    reportsTo: director-placez\n    fte: 0.5'
		);
	expect(bad).not.toBe(text);
	return bad;
}

test('a model file with mistakes is refused with every error located, and nothing is saved', async ({
	page
}) => {
	const yaml = badYaml();
	// What the loader finds, computed here the way the store's import computes it.
	const parsed = parseStructureYaml(yaml, 'pasted.yaml');
	const errors = parsed.ok ? validateStructure(parsed.structure, 'pasted.yaml') : parsed.errors;
	expect(errors.length).toBeGreaterThanOrEqual(2);
	expect(errors.every((e) => e.line !== undefined)).toBe(true);

	const before = await libraryCount(server);
	await page.goto(`${server.url}/`);
	const rowsBefore = await page.locator('table tbody tr').count();
	expect(rowsBefore).toBe(before);

	await page.getByRole('link', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a structure');
	await page.getByLabel('Paste the YAML').fill(yaml);
	await page.getByRole('button', { name: 'Import' }).click();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		`pasted.yaml has ${errors.length} errors; nothing was imported and the library is unchanged.`
	);
	const items = alert.locator('li');
	await expect(items).toHaveCount(errors.length);
	for (const [i, e] of errors.entries()) {
		// "pasted.yaml:123:12 posts[4].grade: unknown grade …", as the command line prints it.
		await expect(items.nth(i)).toContainText(formatModelError(e).replace(/\s+/g, ' ').trim());
	}
	await expect(alert).toContainText('head-of-servise');
	await expect(alert).toContainText('director-placez');
	// The pasted text stays, to be corrected.
	await expect(page.getByLabel('Paste the YAML')).toHaveValue(yaml);
	await expectNoSeriousAxeViolations(page);

	expect(await libraryCount(server)).toBe(before);
	await page.goto(`${server.url}/`);
	await expect(page.locator('table tbody tr')).toHaveCount(rowsBefore);
});

test('a structure exported as YAML imports back as the same structure and opens', async ({
	page
}) => {
	const id = 'core-delivery-2021-md-to-ceo';
	await page.goto(`${server.url}/structures/${id}`);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export YAML' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${id}-v1.yaml`);
	const path = (await file.path())!;

	const before = await libraryCount(server);
	await page.goto(`${server.url}/import`);
	await page.getByLabel('YAML model file').setInputFiles(path);
	await page.getByRole('button', { name: 'Import' }).click();
	// Its id is taken by the built-in it came from, so the import gets the next free one.
	await expect(page).toHaveURL(new RegExp(`/structures/${id}-2$`));
	expect(await libraryCount(server)).toBe(before + 1);

	const get = async (sid: string) =>
		(await (await server.fetch(`/api/structures/${sid}`)).json()).structure as StructureDocument;
	const original = await get(id);
	const imported = await get(`${id}-2`);
	expect(imported).toEqual({ ...original, id: `${id}-2` });
});
