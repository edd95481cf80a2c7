import { expect, test } from './fixtures.ts';
import { joiningUp, runChecks } from '../../src/lib/analysis/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('accountability page for the 2020 CLT counts the pairs that meet only at the CEO', async ({
	page
}) => {
	const s = builtIn('clt-2020');
	const joining = joiningUp(s);
	const checks = runChecks(s);
	await page.goto('/structures/clt-2020/accountability');
	await expect(page.getByRole('heading', { level: 2, name: 'Accountability' })).toBeVisible();

	const table = page.locator('table#joining-up');
	await expect(table.locator('tbody tr')).toHaveCount(joining.pairs.length);
	await expect(table.locator('tbody tr', { hasText: 'Only at the' })).toHaveCount(
		joining.onlyAtCeo
	);
	await expect(page.locator('#joining-heading + p')).toContainText(
		`${joining.onlyAtCeo} of ${joining.pairs.length} pairs`
	);

	// Every check with its result in words; departments assess themselves in 2020, so some fail.
	const checkRows = page.locator('table#checks tbody tr');
	await expect(checkRows).toHaveCount(checks.length);
	for (const c of checks)
		await expect(page.locator(`table#checks tr[data-check="${c.key}"]`)).toContainText(
			c.passed ? 'Pass' : 'Fail'
		);

	// Gaps in the matrix are marked in words, not colour alone.
	const purpose = checks.find((c) => c.key === 'delivery.purpose-setter')!;
	await expect(
		page.locator('table#accountability-matrix td.gap', { hasText: 'Gap' })
	).not.toHaveCount(0);
	expect(purpose.passed).toBe(false);

	await expectNoSeriousAxeViolations(page);
});

test('choosing a service shows its path to the CEO, in the URL, and Back restores it', async ({
	page
}) => {
	const s = builtIn('core-delivery-2021');
	const parking = Object.values(s.services).find((sv) => /parking/i.test(sv.name))!;
	const ceo = s.posts.get(s.ceo)!.title;
	await page.goto('/structures/core-delivery-2021/accountability');
	const before = page.url();

	await page.getByLabel('Service', { exact: true }).selectOption(parking.id);
	await expect(page).toHaveURL(new RegExp(`service=${parking.id}`));
	const steps = page.locator('.path ol li');
	await expect(steps.first()).toContainText(parking.name);
	await expect(steps.last()).toContainText(ceo);
	// Parking is a City Operations service: its Managing Director is on the path.
	const head = s.units[parking.unit].head!;
	await expect(page.locator('.path ol')).toContainText(s.posts.get(head)!.title);

	await page.goBack();
	await expect(page).toHaveURL(before);
	await expect(page.getByLabel('Service', { exact: true })).not.toHaveValue(parking.id);

	// A shared link opens on the same service.
	await page.goto(`/structures/core-delivery-2021/accountability?service=${parking.id}`);
	await expect(page.getByLabel('Service', { exact: true })).toHaveValue(parking.id);
	await expect(steps.first()).toContainText(parking.name);
});
