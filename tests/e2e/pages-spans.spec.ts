import { expect, test } from './fixtures.ts';
import { layers, spanOfControl } from '../../src/lib/analysis/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

test.describe('spans and layers page', () => {
	test('the 2020 CLT shows the Chief Executive with 10 direct reports, 11 with the office', async ({
		page
	}) => {
		const s = builtIn('clt-2020');
		const spans = spanOfControl(s);
		// 003, Appendix A section 3: "ten direct reports, eleven counting the CEO's office".
		expect(spans.ceo.span).toBe(10);
		expect(spans.ceo.spanWithOffice).toBe(11);

		await page.goto('/structures/clt-2020/spans');
		await expect(page.getByRole('heading', { level: 2, name: 'Spans and layers' })).toBeVisible();

		const table = page.locator('table#manager-spans');
		const ceoRow = table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: /^Chief Executive/ }) });
		await expect(ceoRow.getByRole('cell').nth(1)).toHaveText('10');
		await expect(ceoRow.getByRole('cell').nth(2)).toHaveText('11');
		await expect(ceoRow).toContainText('Wider than best practice (more than 5)');
		// One row per manager the core finds.
		await expect(table.locator('tbody tr')).toHaveCount(spans.managers.length);

		// The CEO's span against best practice, cited to its source, with the verdict in words.
		const benchmark = page.locator('figure.benchmark').first();
		await expect(benchmark).toContainText('Best practice: no more than 5');
		await expect(benchmark).toContainText(
			'Rule from Cabinet report, 19 January 2021, Appendix A section 3'
		);
		await expect(benchmark).toContainText('Wider than best practice');

		// The layers chart's table alternative has one row per layer the core counts.
		const report = layers(s);
		const layerTable = page.getByRole('table', { name: 'Posts in each layer' });
		await page.getByText('Show the numbers as a table').nth(1).click();
		await expect(layerTable.locator('tbody tr')).toHaveCount(report.count);
		await expect(layerTable.locator('tbody tr').first()).toContainText(
			String(report.postsPerLayer[0])
		);

		await expectNoSeriousAxeViolations(page);
	});

	test('the 2021 structure reads its own spans from the core', async ({ page }) => {
		const s = builtIn('core-delivery-2021');
		const spans = spanOfControl(s);
		await page.goto('/structures/core-delivery-2021/spans');
		const ceoRow = page
			.locator('table#manager-spans')
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: /^Chief Executive/ }) });
		await expect(ceoRow.getByRole('cell').nth(1)).toHaveText(String(spans.ceo.span));
		await expectNoSeriousAxeViolations(page);
	});
});
