import { expect, test } from './fixtures.ts';
import { compareStructures, toWaterfallSteps } from '../../src/lib/analysis/index.ts';
import { formatMoneyChange } from '../../src/lib/words/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('compare lists the posts created and deleted and the cost change to the pound', async ({
	page
}) => {
	const a = builtIn('clt-2020');
	const b = builtIn('core-delivery-2021');
	const c = compareStructures(a, b);
	await page.goto('/compare?a=clt-2020&b=core-delivery-2021');

	const created = c.diff.postChanges.filter((x) => x.kind === 'created');
	const deleted = c.diff.postChanges.filter((x) => x.kind === 'deleted');
	expect(created.length).toBe(c.postsCreated);
	await expect(page.getByTestId('posts-created').locator('li')).toHaveCount(c.postsCreated);
	await expect(page.getByTestId('posts-deleted').locator('li')).toHaveCount(c.postsDeleted);
	for (const x of created) await expect(page.getByTestId('posts-created')).toContainText(x.title);
	for (const x of deleted) await expect(page.getByTestId('posts-deleted')).toContainText(x.title);

	// The change to the pound, as the core computes it.
	await expect(page.getByTestId('cost-change')).toHaveText(formatMoneyChange(c.annualCostChange));
	// One waterfall bar per step, from the old total to the new.
	await expect(page.locator('.waterfall svg g.row')).toHaveCount(toWaterfallSteps(c.diff).length);
	// Reconciled against the stated +£0.51m (003, 7.3.1): the revenue change, capital left out.
	await expect(page.locator('table.reconcile')).toContainText('+£510,000');
	await expect(page.locator('table.reconcile tr.total td')).toHaveText(
		formatMoneyChange(c.reconciliation.difference!)
	);
	await expect(page.getByTestId('differences').locator('li')).toHaveCount(c.differences.length);

	// Both graphs, with changed posts marked in words.
	await expect(page.locator('.graph[data-ready="true"]')).toHaveCount(2);
	await expectNoSeriousAxeViolations(page);
});

test('the pick-two selectors change the pair, and Back returns to the first', async ({ page }) => {
	await page.goto('/compare?a=clt-2020&b=core-delivery-2021');
	await page.getByLabel('After', { exact: true }).selectOption('core-delivery-2021-md-to-purpose');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page).toHaveURL(/a=clt-2020&b=core-delivery-2021-md-to-purpose/);
	const c = compareStructures(builtIn('clt-2020'), builtIn('core-delivery-2021-md-to-purpose'));
	await expect(page.getByTestId('cost-change')).toHaveText(formatMoneyChange(c.annualCostChange));
	await page.goBack();
	await expect(page).toHaveURL(/b=core-delivery-2021$/);
});

test('selecting a post on either graph says what changes about it', async ({ page }) => {
	const a = builtIn('clt-2020');
	const b = builtIn('core-delivery-2021');
	const moved = compareStructures(a, b).diff.postChanges.find(
		(x) => x.kind === 'reportsTo-changed'
	)!;
	await page.goto(`/compare?a=clt-2020&b=core-delivery-2021&post=${moved.postId}`);
	const box = page.locator('.selected');
	await expect(box.getByRole('heading', { level: 3 })).toHaveText(b.posts.get(moved.postId)!.title);
	await expect(box.locator('li').first()).toBeVisible();
});
