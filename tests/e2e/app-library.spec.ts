import { expect, test } from './fixtures.ts';
import { summarise } from '../../src/lib/analysis/index.ts';
import { loadBuiltInModels } from '../../src/lib/model/index.ts';
import { formatMoney } from '../../src/lib/words/index.ts';
import { expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('the library lists every built-in structure with the figures the core computes', async ({
	page
}) => {
	const models = loadBuiltInModels();
	expect(models.length).toBeGreaterThanOrEqual(5);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Structures' })).toBeVisible();
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(models.length);
	for (const s of models) {
		const sum = summarise(s);
		const row = rows.filter({
			has: page.locator('th[scope="row"] > a').getByText(s.name, { exact: true })
		});
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('Built-in');
		await expect(row.locator('td.num').nth(0)).toHaveText(String(sum.posts));
		await expect(row.locator('td.num').nth(1)).toHaveText(
			`${sum.ceoSpan} (${sum.ceoSpanWithOffice})`
		);
		await expect(row.locator('td.num').nth(2)).toHaveText(formatMoney(sum.annualCost));
	}
	await expectNoSeriousAxeViolations(page);
});

test('options at the same cost say that only their reporting lines differ', async ({ page }) => {
	await page.goto('/');
	// The Managing Directors option moves the five Managing Directors from the Chief Executive to
	// the Purpose Directors and rewrites the two Purpose Directors' remits to say so
	// (models/core-delivery-2021-md-to-purpose.yaml): same posts, so the same
	// £4,900,317 as the 2021 structure.
	const row = (name: RegExp) =>
		page
			.locator('table tbody tr')
			.filter({ has: page.locator('th[scope="row"] > a', { hasText: name }) });
	const purpose = row(/Managing Directors report to the Purpose Directors/);
	await expect(purpose).toContainText(
		'Same posts and cost as Council Core and Delivery Functions, 2021: only 5 reporting lines and 2 remits differ.'
	);
	await expect(purpose.locator('td.num').nth(2)).toHaveText('£4,900,317');
	// An option that deletes a post costs less, and says nothing of the kind.
	await expect(row(/Development/)).not.toContainText('Same posts');
});

test('the library loads no graph or chart code', async ({ page }) => {
	const scripts: { url: string; bytes: number; text: string }[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() !== 'script') return;
		const body = await r.body();
		scripts.push({ url: r.url(), bytes: body.length, text: body.toString('utf8') });
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	// Hashed chunk names say nothing, so look inside: cytoscape and d3 announce themselves (d3's
	// colour names come with its scales). The entry's list of chunk and asset file names is left
	// out: a shared stylesheet may be named after a module it sits beside, which loads nothing.
	for (const s of scripts) {
		const code = s.text.replace(/const __vite__mapDeps=.*?=>i\.map\(i=>d\[i\]\);/s, '');
		expect(code, s.url).not.toContain('cytoscape');
		expect(code, s.url).not.toMatch(/d3-scale|scaleLinear|aliceblue/);
	}
	const total = scripts.reduce((n, s) => n + s.bytes, 0);
	test.info().annotations.push({
		type: 'library JS',
		description: `${scripts.length} scripts, ${(total / 1024).toFixed(1)} KiB uncompressed`
	});
	console.log(`library JS: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KiB`);
});

test('ticking two structures and comparing opens the compare page for that pair', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('checkbox', { name: 'Compare Corporate Leadership Team, 2020' }).check();
	await page
		.getByRole('checkbox', {
			name: 'Compare Council Core and Delivery Functions, 2021',
			exact: true
		})
		.check();
	await expect(page.locator('.status')).toContainText(
		'Ticked: Corporate Leadership Team, 2020 and'
	);
	await page.getByRole('button', { name: 'Compare the two ticked' }).click();
	await expect(page).toHaveURL(/\/compare\?a=clt-2020&b=core-delivery-2021$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Compare two structures' })
	).toBeVisible();
});

test('the two ticked can be presented or made into the JNC report, from the library and from compare', async ({
	page
}) => {
	const tick = async () => {
		await page.goto('/');
		await page.getByRole('checkbox', { name: 'Compare Corporate Leadership Team, 2020' }).check();
		await page
			.getByRole('checkbox', {
				name: 'Compare Council Core and Delivery Functions, 2021: Managing Directors report to the Purpose Directors'
			})
			.check();
	};
	await tick();
	await page.getByRole('button', { name: 'Make the JNC report' }).click();
	await expect(page).toHaveURL(/\/report\?base=clt-2020&options=core-delivery-2021-md-to-purpose$/);
	// The figure the Cabinet report states: a net increase of £0.51m a year (003, 7.3.1).
	await expect(page.getByText('+£510,000').first()).toBeVisible();

	await tick();
	await page.getByRole('button', { name: 'Present these two' }).click();
	await expect(page).toHaveURL(/\/present\?a=clt-2020&b=core-delivery-2021-md-to-purpose$/);

	await page.goto('/compare?a=clt-2020&b=core-delivery-2021');
	await page.getByRole('link', { name: 'Make the JNC report' }).click();
	await expect(page).toHaveURL(/\/report\?base=clt-2020&options=core-delivery-2021$/);
	// The report and the deck are in the site's navigation too.
	const nav = page.getByRole('navigation', { name: 'Site' });
	await expect(nav.getByRole('link', { name: 'JNC report' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await nav.getByRole('link', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/present$/);
});

test('an unknown structure gets a 404 that says what to do', async ({ page }) => {
	const response = await page.goto('/structures/no-such-structure');
	expect(response?.status()).toBe(404);
	await expect(page.locator('body')).toContainText('There is no structure “no-such-structure”');
	await expect(page.locator('body')).toContainText('clt-2020');
});
