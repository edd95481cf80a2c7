/**
 * The long pages have a way through: the answer in a few figures and the contents stay in view
 * while the page scrolls (a side column at 1920, a bar along the top at 1280 that covers no
 * section it jumps to), and the detail is folded until asked for, open on paper.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const COMPARE = '/compare?a=clt-2020&b=core-delivery-2021';
const REPORT = '/report?base=clt-2020&options=core-delivery-2021-md-to-purpose';

/** The guide's box, after scrolling to the foot of the page: still on screen. */
async function guideAtFoot(page: Page) {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	const box = (await page.getByTestId('page-guide').boundingBox())!;
	const viewport = page.viewportSize()!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
	return box;
}

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
])
	test(`compare at ${size.width}×${size.height} keeps the answer in view and folds the detail`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto(COMPARE);
		const guide = page.getByTestId('page-guide');
		// The Cabinet report's old structure: ten direct reports of the Chief Executive, and the 2021
		// structure keeps ten (the Council Core and the Managing Directors); 13 posts go, 15 come.
		await expect(guide.getByTestId('glance-span')).toHaveText('10 → 10');
		await expect(guide.getByTestId('glance-posts')).toHaveText('13 deleted, 15 created');
		await expect(guide.getByTestId('glance-cost')).toBeVisible();

		const box = await guideAtFoot(page);
		// Wide: a column beside the page. Narrower: a bar along the top, one or two lines.
		if (size.width >= 1400) expect(box.x).toBeGreaterThan(size.width / 2);
		else expect(box.height).toBeLessThan(80);

		// The contents go to a section and leave its heading clear of the guide.
		if (size.width < 1400) {
			const open = guide.getByText('Contents', { exact: true });
			await open.click();
			await expect(guide.getByRole('link', { name: 'Cost change' })).toBeVisible();
			// Escape closes the list again, and the keyboard stays on "Contents".
			await page.keyboard.press('Escape');
			await expect(guide.getByRole('link', { name: 'Cost change' })).toBeHidden();
			await expect(open).toBeFocused();
			await open.click();
		}
		await guide.getByRole('link', { name: 'Cost change' }).click();
		await expect(page).toHaveURL(/#cost$/);
		const heading = page.getByRole('heading', { name: 'Cost change', exact: true });
		await expect(heading).toBeInViewport();
		const top = (await heading.boundingBox())!.y;
		const bar = (await guide.boundingBox())!;
		if (size.width < 1400) expect(top).toBeGreaterThanOrEqual(bar.y + bar.height);

		// Every difference is folded until asked for.
		const differences = page.getByTestId('differences');
		await expect(differences).toBeHidden();
		await page.getByText(/^All \d+ differences, in words$/).click();
		await expect(differences).toBeVisible();
	});

test('the report folds each option’s tables on screen and prints them open', async ({ page }) => {
	await page.goto(REPORT);
	await expect(page.getByTestId('summary-table')).toBeVisible();
	const deleted = page.getByTestId('deleted-core-delivery-2021-md-to-purpose');
	await expect(deleted).toBeHidden();
	// 13 director and assistant director posts go in the 2021 structure.
	const summary = page.locator('summary', { hasText: 'The 13 posts deleted' });
	await expect(summary).toHaveText(/^The 13 posts deleted:\s+−£[\d,]+ a year$/);
	await summary.click();
	await expect(deleted).toBeVisible();
	await expect(deleted.locator('tbody tr')).toHaveCount(13);

	// On paper every fold is open, the guide is left out.
	const created = page.getByTestId('created-core-delivery-2021-md-to-purpose');
	await expect(created).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(created).toBeVisible();
	await expect(page.getByTestId('phasing')).toBeVisible();
	await expect(page.getByTestId('page-guide')).toBeHidden();
});
