/**
 * Saving edits: a built-in structure saved as a named scenario (it survives a reload, is in the
 * library and has its history in words), a new version of it, comparing and restoring versions,
 * and two people saving the same version: the second gets the conflict and loses nothing. Runs on
 * its own server and database (edit-helpers.ts), since it adds scenarios to the library.
 */
import { expect, hydrationAware, test } from './fixtures.ts';
import type { Browser, Page } from '@playwright/test';
import { spanOfControl } from '../../src/lib/analysis/index.ts';
import { applyEdit, describeChange } from '../../src/lib/editing/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';
import {
	dragPostOnto,
	libraryCount,
	startServer,
	TEST_ADMIN,
	type TestServer
} from './edit-helpers.ts';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1600, height: 1000 } });

const BASE = 'core-delivery-2021-md-to-ceo';
const MD = 'md-city-operations';
const PURPOSE = 'pd-places';

let server: TestServer;

test.beforeAll(async () => {
	server = await startServer({ people: [TEST_ADMIN] });
});

test.afterAll(async () => {
	await server?.stop();
});

async function open(browser: Browser): Promise<Page> {
	const context = hydrationAware(
		await browser.newContext({
			baseURL: server.url,
			viewport: { width: 1600, height: 1000 },
			storageState: server.admin!.storageState
		})
	);
	return context.newPage();
}

const ceoSpan = (page: Page) => page.locator('[data-figure="ceo-span"] dd');

test('a built-in structure edited and saved as a scenario is in the library after a reload, with its history', async ({
	browser
}) => {
	const s = builtIn(BASE);
	const moved = applyEdit(s, { type: 'movePost', postId: MD, newManagerId: PURPOSE });
	if (!moved.ok) throw new Error(moved.error);
	const log = describeChange(s, moved.structure);
	expect(log).toEqual([
		`${s.posts.get(MD)!.title} now reports to ${s.posts.get(PURPOSE)!.title} (was ${s.posts.get(s.ceo)!.title})`
	]);
	const before = await libraryCount(server);

	const page = await open(browser);
	await page.goto(`/structures/${BASE}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	await dragPostOnto(page, MD, PURPOSE);
	await expect(ceoSpan(page)).toContainText(`${spanOfControl(moved.structure).ceo.span} (`);

	// On a built-in structure Save means save as a scenario: it asks for a name.
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByLabel('Scenario name').fill('Option A: MD City Operations under Places');
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/structures\/option-a-md-city-operations-under-places\/graph$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Option A: MD City Operations under Places'
	);

	await page.reload();
	await expect(page.locator('.meta')).toContainText('Saved scenario, version 1');
	await expect(page.locator('.meta')).toContainText(`Derived from ${s.name}`);
	await expect(ceoSpan(page)).toContainText(`${spanOfControl(moved.structure).ceo.span} (`);
	expect(await libraryCount(server)).toBe(before + 1);

	await page.goto('/');
	await expect(page.locator('table tbody tr')).toHaveCount(before + 1);
	await expect(
		page.getByRole('link', { name: 'Option A: MD City Operations under Places' })
	).toBeVisible();

	await page.goto('/structures/option-a-md-city-operations-under-places/history');
	const row = page.locator('tr[data-version="1"]');
	await expect(row).toContainText(log[0]);
	await expect(row.getByRole('link', { name: 'Open version 1' })).toHaveAttribute(
		'href',
		'/structures/option-a-md-city-operations-under-places@1'
	);
	await expectNoSeriousAxeViolations(page);
	await page.context().close();
});

test('saving again adds version 2; versions can be compared and an old one restored as version 3', async ({
	browser
}) => {
	const id = 'option-a-md-city-operations-under-places';
	const page = await open(browser);
	await page.goto(`/structures/${id}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	// Put the Managing Director back under the Chief Executive, through the panel this time.
	await page.goto(`/structures/${id}/graph?post=${MD}`);
	const panel = page.getByRole('complementary', { name: 'Selected post' });
	await panel.getByLabel('Reports to').selectOption('chief-executive');
	await panel.getByRole('button', { name: 'Move post' }).click();
	await expect(ceoSpan(page)).toContainText('10 (');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.locator('.meta')).toContainText('version 2');
	await expect(page.locator('.save-state')).toHaveText('No unsaved changes');

	await page.getByRole('link', { name: 'History', exact: true }).click();
	await expect(page.locator('tbody tr')).toHaveCount(2);
	const v2 = page.locator('tr[data-version="2"]');
	await expect(v2).toContainText(
		'Managing Director: City Operations now reports to Chief Executive'
	);
	await expect(v2).toContainText('Open now');

	// Compare version 2 with version 1 on the compare page.
	await v2.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(new RegExp(`/compare\\?a=${id}%401&b=${id}%402`));
	await expect(page.locator('.summary')).toContainText('(version 1)');
	await expect(page.locator('.summary')).toContainText('(version 2)');

	// Restore version 1 as version 3: nothing is overwritten.
	await page.goto(`/structures/${id}/history`);
	await page
		.locator('tr[data-version="1"]')
		.getByRole('button', { name: 'Restore as version 3' })
		.click();
	await expect(page.locator('tbody tr')).toHaveCount(3);
	await expect(page.locator('tr[data-version="3"]')).toContainText('Restored version 1');
	await expect(page.locator('.meta')).toContainText('version 3');
	await expect(ceoSpan(page)).toContainText('9 (');
	await page.context().close();
});

test('two people save the same version: the second is told, and can save as a new scenario or reload', async ({
	browser
}) => {
	const id = 'option-a-md-city-operations-under-places';
	const listing = await (await server.fetch(`/api/structures/${id}`)).json();
	const opened = listing.version as number;
	const first = await open(browser);
	const second = await open(browser);
	for (const page of [first, second]) {
		await page.goto(`/structures/${id}/costs`);
		await page.getByText('Change an assumption').click();
	}
	const label = builtIn(BASE).assumptions.payAward.label;
	const setPayAward = async (page: Page, percent: string) => {
		await page.getByRole('spinbutton', { name: label }).fill(percent);
		await page
			.getByRole('form', { name: `Change ${label}` })
			.getByRole('button')
			.click();
		await expect(page.locator('.save-state')).toHaveText('Unsaved changes');
	};
	await setPayAward(first, '3');
	await setPayAward(second, '4');

	await first.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(first.locator('.meta')).toContainText(`version ${opened + 1}`);

	await second.getByRole('button', { name: 'Save', exact: true }).click();
	const conflict = second.getByRole('alert').filter({ hasText: 'Someone saved' });
	await expect(conflict).toContainText(
		`Someone saved version ${opened + 1} since you opened version ${opened}`
	);
	await expect(second.locator('.save-state')).toHaveText('Unsaved changes');
	// Nothing was overwritten: the latest is the first person's.
	const latest = await (await server.fetch(`/api/structures/${id}`)).json();
	expect(latest.version).toBe(opened + 1);
	expect(latest.structure.assumptions.payAward.value).toBe(0.03);

	// The second person keeps their work as a new scenario.
	const before = await libraryCount(server);
	await conflict.getByRole('button', { name: 'Save my changes as a new scenario' }).click();
	await second.getByLabel('Scenario name').fill('Option B: higher pay award');
	await second.getByRole('button', { name: 'Save scenario' }).click();
	await expect(second).toHaveURL(/\/structures\/option-b-higher-pay-award\/costs$/);
	expect(await libraryCount(server)).toBe(before + 1);
	const saved = await (await server.fetch(`/api/structures/option-b-higher-pay-award`)).json();
	expect(saved.structure.assumptions.payAward.value).toBe(0.04);
	expect(saved.structure.derivedFrom).toBe(id);

	// Or, in the other choice, reloads the latest after confirming the loss of their changes.
	await second.goto(`/structures/${id}/costs`);
	await second.getByText('Change an assumption').click();
	await setPayAward(second, '5');
	await first.reload();
	await first.getByText('Change an assumption').click();
	await setPayAward(first, '6');
	await first.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(first.locator('.meta')).toContainText(`version ${opened + 2}`);
	await second.getByRole('button', { name: 'Save', exact: true }).click();
	const again = second.getByRole('alert').filter({ hasText: 'Someone saved' });
	await expect(again).toContainText(
		`Someone saved version ${opened + 2} since you opened version ${opened + 1}`
	);
	second.once('dialog', (d) => d.accept());
	await again.getByRole('button', { name: `Reload version ${opened + 2}` }).click();
	await expect(second.locator('.meta')).toContainText(`version ${opened + 2}`);
	await expect(second.locator('.save-state')).toHaveText('No unsaved changes');
	await expect(second.getByRole('spinbutton', { name: label })).toHaveValue('6');
	await first.context().close();
	await second.context().close();
});
