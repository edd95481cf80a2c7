import { expect, test } from './fixtures.ts';
import { costByFinancialYear, structureCost } from '../../src/lib/analysis/index.ts';
import { formatMoney } from '../../src/lib/words/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

for (const id of ['clt-2020', 'core-delivery-2021']) {
	test(`costs page for ${id} shows the core's total, by year and by funding`, async ({ page }) => {
		const s = builtIn(id);
		const cost = structureCost(s);
		await page.goto(`/structures/${id}/costs`);
		await expect(page.getByRole('heading', { level: 2, name: 'Costs' })).toBeVisible();
		await expect(page.locator('#costs-total')).toHaveText(formatMoney(cost.total));
		await expect(page.locator('#post-costs-total')).toHaveText(formatMoney(cost.total));
		await expect(page.locator('table#post-costs tbody tr')).toHaveCount(cost.posts.length);

		const years = costByFinancialYear(s, ['2021/22', '2022/23']);
		const yearTable = page.locator('table#financial-years');
		for (const y of years) {
			const row = yearTable
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: y.year }) });
			await expect(row.getByRole('cell').last()).toHaveText(formatMoney(y.total));
		}

		// Every assumption is listed with its value, and the modeller's own are labelled so.
		const assumptions = page.locator('table#assumptions');
		await expect(assumptions.locator('tbody tr')).toHaveCount(Object.keys(s.assumptions).length);
		await expect(
			// exact: the per-year rates of the plan (…rate 2022/23) share the label's start
			assumptions.getByRole('rowheader', { name: s.assumptions.employerNiRate.label, exact: true })
		).toBeVisible();
		await expect(assumptions).toContainText(
			`${(s.assumptions.employerNiRate.value * 100).toFixed(1)}%`
		);
		const chosen = Object.values(s.assumptions).filter(
			(a) => a.provenance.kind === 'assumption'
		).length;
		await expect(
			assumptions.locator('tbody td', { hasText: /^\s*△?\s*Assumption\s*$/ })
		).toHaveCount(chosen);

		await expectNoSeriousAxeViolations(page);
	});
}

test('sorting the costs table is in the URL and Back undoes it', async ({ page }) => {
	const s = builtIn('core-delivery-2021');
	const cost = structureCost(s);
	const largest = [...cost.posts].sort((a, b) => b.total - a.total)[0];
	await page.goto('/structures/core-delivery-2021/costs');
	const firstBefore = await page.locator('table#post-costs tbody tr th').first().textContent();

	await page.getByRole('button', { name: /^Total/ }).click();
	await expect(page).toHaveURL(/sort=total&dir=descending/);
	await expect(page.locator('table#post-costs thead th[aria-sort="descending"]')).toHaveText(
		/Total/
	);
	await expect(page.locator('table#post-costs tbody tr th').first()).toHaveText(
		s.posts.get(largest.postId)!.title
	);

	await page.goBack();
	await expect(page).not.toHaveURL(/sort=/);
	await expect(page.locator('table#post-costs tbody tr th').first()).toHaveText(firstBefore ?? '');
});
