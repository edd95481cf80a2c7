/**
 * Importing an HR export through the import page, as a person does: choose the file, check it
 * (the mapping step), then import it. Shared by import-establishment.spec.ts and
 * apply-option.spec.ts.
 */
import { expect, type Page } from '@playwright/test';

/** Choose the file on the import page and check it: the mapping step is shown. */
export async function checkExport(page: Page, serverUrl: string, file: string, fileName: string) {
	await page.goto(`${serverUrl}/import`);
	await page.getByLabel('YAML model file or HR export').setInputFiles(file);
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByRole('heading', { name: `Columns of ${fileName}` })).toBeVisible({
		timeout: 60_000
	});
}

/** From the mapping step, import the export's posts and wait for the new structure to open. */
export async function importChecked(page: Page, posts: number, structureId: string) {
	await page
		.getByRole('button', { name: `Import ${new Intl.NumberFormat('en-GB').format(posts)} posts` })
		.click();
	await page.waitForURL(new RegExp(`/structures/${structureId}$`), { timeout: 120_000 });
}
