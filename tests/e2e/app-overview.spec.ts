import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { runChecks, summarise } from '../../src/lib/analysis/index.ts';
import { formatMoney, formatNumber } from '../../src/lib/words/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

const figure = (page: Page, key: string) => page.locator(`.figure[data-key="${key}"]`);

test('the 2020 CLT overview shows a CEO span of 10, 11 with the office, failing the rule of 5', async ({
	page
}) => {
	await page.goto('/structures/clt-2020');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Corporate Leadership Team, 2020'
	);
	// 003, Appendix A section 3: ten direct reports, eleven counting the CEO's office.
	const span = figure(page, 'ceo-span');
	await expect(span.locator('.value')).toContainText('10');
	await expect(span).toContainText('11 with the office');
	await expect(span).toContainText('no more than 5');
	await expect(span).toContainText('Cabinet report, 19 January 2021, Appendix A section 3');
	await expect(span.locator('.verdict')).toHaveText(/Fail/);
	// The structure's line management is drawn.
	await expect(page.locator('.graph[data-ready="true"] canvas').first()).toBeAttached();
	await expectNoSeriousAxeViolations(page);
});

for (const id of [
	'core-delivery-2021',
	'core-delivery-2021-md-to-ceo',
	'core-delivery-2021-md-to-purpose',
	'core-delivery-2021-md-to-city-management'
]) {
	test(`the overview of ${id} shows what the core computes`, async ({ page }) => {
		const s = builtIn(id);
		const sum = summarise(s);
		const checks = runChecks(s);
		await page.goto(`/structures/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.name);
		await expect(figure(page, 'ceo-span').locator('.value')).toContainText(String(sum.ceoSpan));
		await expect(figure(page, 'ceo-span')).toContainText(
			`${sum.ceoSpanWithOffice} with the office`
		);
		await expect(figure(page, 'ceo-span').locator('.verdict')).toHaveText(
			sum.ceoSpan <= s.spanRules.ceoMax ? /Pass/ : /Fail/
		);
		await expect(figure(page, 'average-span').locator('.value')).toContainText(
			`1:${formatNumber(sum.averageSpan, 1)}`
		);
		await expect(figure(page, 'layers').locator('.value')).toContainText(String(sum.layers));
		await expect(figure(page, 'posts').locator('.value')).toContainText(String(sum.posts));
		await expect(figure(page, 'cost').locator('.value')).toContainText(formatMoney(sum.annualCost));
		const failed = checks.filter((c) => !c.passed).length;
		await expect(figure(page, 'checks').locator('.value')).toContainText(
			`${failed} of ${checks.length}`
		);
	});
}

test('the tabs keep a version asked for in the URL, and the older ?version=N lands there', async ({
	page
}) => {
	await page.goto('/structures/clt-2020?version=1');
	await expect(page).toHaveURL(/\/structures\/clt-2020@1$/);
	await expect(page.getByRole('link', { name: 'Graph', exact: true })).toHaveAttribute(
		'href',
		'/structures/clt-2020@1/graph'
	);
	await expect(page.getByRole('link', { name: 'Overview', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

test('moving to another structure in the browser recomputes the figures for it', async ({
	page
}) => {
	const option = summarise(builtIn('core-delivery-2021-md-to-purpose'));
	const base = summarise(builtIn('core-delivery-2021'));
	expect(option.ceoSpan).not.toBe(base.ceoSpan);
	await page.goto('/structures/core-delivery-2021-md-to-purpose');
	await expect(figure(page, 'ceo-span').locator('.value')).toContainText(String(option.ceoSpan));
	// The "Derived from" link is a client-side navigation: same layout, new structure.
	await page
		.getByRole('link', { name: 'Council Core and Delivery Functions, 2021', exact: true })
		.click();
	await expect(page).toHaveURL(/\/structures\/core-delivery-2021$/);
	await expect(figure(page, 'ceo-span').locator('.value')).toContainText(String(base.ceoSpan));
	await expect(figure(page, 'ceo-span')).toContainText(`${base.ceoSpanWithOffice} with the office`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		builtIn('core-delivery-2021').name
	);
});
