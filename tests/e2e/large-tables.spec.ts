/**
 * The long tables of an 11,000-post establishment on its own server: the costs table keeps only
 * the rows in view in the page, sorts by cost and filters by title; the spans page draws every
 * manager's span against the source's 1:6 and 1:10 and drills down to the narrow spans. Figures
 * are counted here from the generated rows, not by the app. clt-2020's histogram gives the Chief
 * Executive ten direct reports (003, Appendix A section 3). Screenshots go to /tmp/shots-tables/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HR_HEADERS } from '../support/hrExport.ts';
import { compressedSize } from '../support/largeEstablishment.ts';
import { establishmentServer } from './own-server.ts';
import { formatMoney } from '../../src/lib/words/index.ts';

const SHOTS = '/tmp/shots-tables';
const POSTS = 11_000;
const col = (name: (typeof HR_HEADERS)[number]) => HR_HEADERS.indexOf(name);
const gb = (n: number) => n.toLocaleString('en-GB');

const large = establishmentServer({ seed: 7, file: 'hr11k-tables', posts: POSTS }, () =>
	mkdirSync(SHOTS, { recursive: true })
);
const server = () => large.server;

/** Direct reports of each manager, counted from the rows. */
function reportsByManager(): Map<string, number> {
	const reports = new Map<string, number>();
	for (const r of large.e.rows) {
		const m = r[col('Reports To Position')];
		if (m) reports.set(m, (reports.get(m) ?? 0) + 1);
	}
	return reports;
}

async function open(page: Page, path: string, ready: string) {
	await page.goto(`${server().url}${path}`);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	// The establishment's posts load after the page (its pages are sent compact).
	await expect(page.locator(ready)).toBeVisible({ timeout: 90_000 });
}

const renderedRows = (page: Page, table: string) =>
	page.locator(`table#${table} tbody tr[aria-rowindex]`);

test('the costs and spans pages of 11,000 posts send under 300 KB compressed', async () => {
	const token = server().admin!.token;
	// Each page lists every post, so after the compact page it fetches the whole structure once
	// (the JSON the API sends, compressed): the two together stay under 300 KB.
	const whole = await compressedSize(`${server().url}/api/structures/${large.id}`, token);
	expect(whole.encoding).toBe('gzip');
	for (const tab of ['costs', 'spans']) {
		const sent = await compressedSize(`${server().url}/structures/${large.id}/${tab}`, token);
		expect(sent.encoding).toBe('gzip');
		expect(sent.bytes + whole.bytes).toBeLessThan(300 * 1024);
	}
});

test('the costs table of 11,000 posts keeps few rows in the page, sorts by cost and filters', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `/structures/${large.id}/costs`, 'table#post-costs');
	const table = page.locator('table#post-costs');
	await expect(table).toHaveAttribute('aria-rowcount', String(POSTS + 2));
	await expect(page.getByTestId('post-costs-count')).toHaveText(`Showing all ${gb(POSTS)} posts`);
	await expect(renderedRows(page, 'post-costs').first()).toBeVisible();
	expect(await renderedRows(page, 'post-costs').count()).toBeLessThan(200);
	await page.screenshot({ path: `${SHOTS}/costs-11k-1920.png` });

	// The dearest post: the highest full-time salary times FTE in the file (cost rises with pay).
	const paid = large.e.rows.filter((r) => r[col('Salary')] !== '');
	const pay = (r: string[]) => Number(r[col('Salary')]) * Number(r[col('FTE')]);
	const top = paid.reduce((a, b) => (pay(b) > pay(a) ? b : a));
	await page.getByRole('button', { name: /^Total/ }).click();
	await expect(page).toHaveURL(/sort=total&dir=descending/);
	await expect(table.locator('thead th[aria-sort="descending"]')).toHaveText(/Total/);
	const first = renderedRows(page, 'post-costs').first();
	await expect(first).toHaveAttribute('aria-rowindex', '2');
	await expect(first.getByRole('rowheader')).toHaveText(top[col('Job Title')]);
	await expect(first.getByRole('cell').nth(2)).toHaveText(formatMoney(pay(top)));

	// Scrolled to the far end, the last post is in the page and the first has gone.
	await page.locator('.data-table:has(table#post-costs)').evaluate((el) => {
		el.scrollTop = el.scrollHeight;
	});
	await expect(table.locator(`tbody tr[aria-rowindex="${POSTS + 1}"]`)).toBeAttached();
	await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveCount(0);
	expect(await renderedRows(page, 'post-costs').count()).toBeLessThan(200);

	// Filtered by a title: "Senior" and "Officer" appear only in titles (not ids, units or grades).
	const seniors = large.e.rows.filter((r) =>
		r[col('Job Title')].startsWith('Senior Officer')
	).length;
	await page.getByLabel('Filter posts by title, id, unit or grade').fill('senior officer');
	await expect(page.getByTestId('post-costs-count')).toHaveText(
		`Showing ${gb(seniors)} of ${gb(POSTS)} posts`
	);
	await expect(renderedRows(page, 'post-costs').first().getByRole('rowheader')).toHaveText(
		/^Senior Officer/
	);
	expect(await renderedRows(page, 'post-costs').count()).toBeLessThan(200);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: `${SHOTS}/costs-11k-filtered-1280.png` });
});

test('the spans page draws every manager against 1:6 and 1:10 and lists the narrow spans', async ({
	page
}) => {
	const reports = reportsByManager();
	const narrow = [...reports.values()].filter((n) => n <= 2).length;
	const onThree = [...reports.values()].filter((n) => n === 3).length;
	for (const [width, height] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width, height });
		await open(page, `/structures/${large.id}/spans`, 'table#manager-spans');
		const chart = page.locator('section.histogram');
		await expect(chart.locator('g.reference')).toHaveCount(3);
		await expect(chart.locator('g.reference text').nth(1)).toHaveText(
			'1:6 average now (Cabinet report, 19 January 2021, Appendix A section 3)'
		);
		await expect(chart.locator('g.reference text').nth(2)).toHaveText(
			'1:10 target (Cabinet report, 19 January 2021, Appendix A section 3)'
		);
		await expect(page.getByTestId('manager-spans-count')).toHaveText(
			`Showing all ${gb(reports.size)} managers`
		);
		await page.screenshot({ path: `${SHOTS}/spans-11k-${width}.png`, fullPage: true });
	}

	// The histogram's numbers: the managers with three reports, as counted from the rows.
	await page.getByText('Show the numbers as a table').first().click();
	const numbers = page.getByRole('table', { name: 'Managers by number of direct reports' });
	await expect(
		numbers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^3$/ }) })
	).toContainText(gb(onThree));

	// Drill down to the narrow spans: the list is theirs, counted from the rows.
	const link = page.getByTestId('narrow-spans');
	await expect(link).toHaveText(`Narrow spans (1–2 reports): ${gb(narrow)} managers`);
	await link.click();
	await expect(page).toHaveURL(/span=narrow/);
	await expect(page.locator('table#manager-spans caption')).toContainText(
		'Managers with narrow spans (1–2 reports)'
	);
	await expect(page.getByTestId('manager-spans-count')).toHaveText(
		`Showing all ${gb(narrow)} managers`
	);
	expect(await renderedRows(page, 'manager-spans').count()).toBeLessThan(200);
	const firstNarrow = renderedRows(page, 'manager-spans').first();
	const reportsShown = Number(await firstNarrow.getByRole('cell').nth(1).textContent());
	expect(reportsShown).toBeLessThanOrEqual(2);
	// Each manager links to its post on the graph.
	const postId = (await firstNarrow.getByRole('link').getAttribute('href'))!.match(
		/post=(P\d+)/
	)![1];
	expect(reports.get(postId)).toBe(reportsShown);
	await page.screenshot({ path: `${SHOTS}/spans-11k-narrow-1280.png`, fullPage: true });

	// A column clicked drills down to its managers.
	await page.locator('section.histogram g.column[data-key="3"] rect').first().click();
	await expect(page).toHaveURL(/span=3/);
	await expect(page.getByTestId('manager-spans-count')).toHaveText(
		`Showing all ${gb(onThree)} managers`
	);
});

test('clt-2020’s histogram puts the Chief Executive on ten direct reports', async ({ page }) => {
	for (const [width, height] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width, height });
		await open(page, '/structures/clt-2020/spans', 'section.histogram');
		await page.getByText('Show the numbers as a table').first().click();
		// 003, Appendix A section 3: "ten direct reports, eleven counting the CEO's office".
		const ceo = page
			.getByRole('table', { name: 'Managers by number of direct reports' })
			.getByRole('row')
			.filter({ hasText: 'Chief Executive' });
		await expect(ceo.getByRole('rowheader')).toHaveText('10 (Chief Executive)');
		await expect(ceo.getByRole('cell')).toHaveText('1');
		await page.screenshot({ path: `${SHOTS}/spans-clt-${width}.png`, fullPage: true });
		await open(page, '/structures/clt-2020/costs', 'table#post-costs');
		await expect(page.getByTestId('post-costs-count')).toHaveText('Showing all 31 posts');
		await page.getByTestId('post-costs-count').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/costs-clt-${width}.png` });
	}
});
