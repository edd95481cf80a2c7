/**
 * The costed-options report for the JNC panel: the 2020 CLT against the three reporting-line
 * options of 2021. Every figure on the page, in the PDF and in the CSV is checked against the
 * analysis core, computed here from the same built-in models, to the pound.
 */
import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
	compareStructures,
	costByFinancialYear,
	costChangeByFinancialYear,
	spanOfControl,
	structureCost
} from '../../src/lib/analysis/index.ts';
import { FUNDING_SOURCES } from '../../src/lib/model/types.ts';
import { formatMoney, formatMoneyChange } from '../../src/lib/words/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

const BASE = 'clt-2020';
const OPTIONS = [
	'core-delivery-2021-md-to-ceo',
	'core-delivery-2021-md-to-purpose',
	'core-delivery-2021-md-to-city-management'
];
const QUERY = `base=${BASE}&options=${OPTIONS.join(',')}`;
const YEARS = ['2021/22', '2022/23'];

/** What the core says about one option against the base. */
function expected(optionId: string) {
	const a = builtIn(BASE);
	const b = builtIn(optionId);
	const c = compareStructures(a, b);
	const before = structureCost(a).byFunding;
	const after = structureCost(b).byFunding;
	const yearsB = costByFinancialYear(b, YEARS);
	// The in-year change keeps the deleted posts in post until the option's postsDeletedOn.
	const change = costChangeByFinancialYear(a, b, YEARS).years;
	const deleted = c.diff.postChanges.filter((p) => p.kind === 'deleted');
	const created = c.diff.postChanges.filter((p) => p.kind === 'created');
	const pence = (n: number) => Math.round(n * 100);
	return {
		c,
		span: spanOfControl(b).ceo,
		funding: FUNDING_SOURCES.map((src) => ({ src, change: after[src] - before[src] })).filter(
			(f) => before[f.src] !== 0 || after[f.src] !== 0
		),
		years: YEARS.map((year, i) => ({
			year,
			after: yearsB[i].total,
			change: change[i].change
		})),
		deleted,
		created,
		deletedTotal: -deleted.reduce((n, p) => n + pence(p.cost), 0) / 100,
		createdTotal: created.reduce((n, p) => n + pence(p.cost), 0) / 100
	};
}

test('the report shows each option’s figures as the core computes them, to the pound', async ({
	page
}) => {
	await page.goto(`/report?${QUERY}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Costed options');
	// The date and the structures and versions the paper was made from.
	await expect(page.getByTestId('made-at')).toContainText(/Made \d{1,2} \w+ \d{4}, \d\d:\d\d UTC/);
	for (const id of [BASE, ...OPTIONS])
		await expect(page.getByTestId('made-from')).toContainText(`${id} v1`);

	for (const id of OPTIONS) {
		const e = expected(id);
		await expect(page.getByTestId(`annual-change-${id}`)).toHaveText(
			formatMoneyChange(e.c.annualCostChange)
		);
		for (const f of e.funding)
			await expect(page.getByTestId(`funding-${f.src}-${id}`)).toHaveText(
				formatMoneyChange(f.change)
			);
		for (const [i, y] of e.years.entries()) {
			const cell = page.getByTestId(`year-${i}-${id}`);
			await expect(cell).toContainText(formatMoney(y.after));
			await expect(cell).toContainText(formatMoneyChange(y.change));
		}
		await expect(page.getByTestId(`ceo-span-${id}`)).toHaveText(
			`${e.span.span} (${e.span.spanWithOffice})`
		);

		// Every deleted and created post, each with its grade point, on-costs and total.
		await expect(page.getByTestId(`deleted-${id}`).locator('tbody tr')).toHaveCount(
			e.deleted.length
		);
		await expect(page.getByTestId(`created-${id}`).locator('tbody tr')).toHaveCount(
			e.created.length
		);
		for (const p of e.created) {
			const row = page.getByTestId(`created-${id}`).locator(`tr[data-post="${p.postId}"]`);
			await expect(row).toContainText(p.title);
			await expect(row).toContainText(formatMoney(p.cost));
		}
		await expect(page.getByTestId(`deleted-${id}-total`)).toHaveText(
			formatMoneyChange(e.deletedTotal)
		);
		await expect(page.getByTestId(`created-${id}-total`)).toHaveText(
			formatMoneyChange(e.createdTotal)
		);
		// The posts add up to the change in full-year cost.
		await expect(page.getByTestId(`tie-${id}`)).toContainText(
			`= ${formatMoneyChange(e.c.annualCostChange)} a year`
		);
		// Reconciled to the stated +£0.51m a year (003, 7.3.1), with the difference.
		const rec = page.getByTestId(`reconciliation-${id}`);
		await expect(rec).toContainText('+£510,000');
		await expect(rec).toContainText(formatMoneyChange(e.c.reconciliation.difference!));
	}

	// The assumptions behind the totals, each with its value and origin.
	const assumptions = page.getByTestId('assumptions-table');
	const a = builtIn(BASE).assumptions;
	await expect(assumptions).toContainText('13.8%');
	await expect(assumptions).toContainText(a.employerPensionRate.label);
	await expect(assumptions).toContainText('an assumption, not a fact');
	await expect(page.getByTestId('grades-table')).toContainText('£145,500');
	// Charts before and after, drawn as SVG for print.
	await expect(page.locator('figure.org-chart svg')).toHaveCount(OPTIONS.length + 1);
	await expectNoSeriousAxeViolations(page);
});

test('the PDF is A4 landscape with page numbers, and its text carries the same figures', async ({
	request
}, testInfo) => {
	test.setTimeout(120_000);
	const res = await request.get(`/report/pdf?${QUERY}`, { timeout: 90_000 });
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/pdf');
	expect(res.headers()['content-disposition']).toMatch(
		/attachment; filename="costed-options-clt-2020-/
	);
	const dir = testInfo.outputPath('pdf');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'report.pdf');
	writeFileSync(file, await res.body());

	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	// A4 landscape: 297 × 210 mm is 841.92 × 594.96 points.
	expect(info).toMatch(/Page size:\s+841\.92 x 594\.96 pts \(A4\)/);
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	expect(pages).toBeGreaterThan(3);

	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	expect(text).toContain(`Page 1 of ${pages}`);
	expect(text).toContain(`Page ${pages} of ${pages}`);
	// The structures and versions on the first page; the footer names the paper in one short line.
	for (const id of [BASE, ...OPTIONS]) expect(text).toContain(`${id} v1`);
	expect(text).toContain(
		'Council Design · JNC report · Corporate Leadership Team, 2020 against 3 options'
	);
	for (const id of OPTIONS) {
		const e = expected(id);
		expect(text).toContain(formatMoneyChange(e.c.annualCostChange));
		expect(text).toContain(formatMoneyChange(e.c.reconciliation.difference!));
		expect(text).toContain(formatMoneyChange(e.deletedTotal));
		expect(text).toContain(formatMoneyChange(e.createdTotal));
		for (const y of e.years) expect(text).toContain(formatMoney(y.after));
	}
	expect(text).toContain('+£510,000');
	// The browser-print page numbers are left out of the server PDF: one "Page n of m" a page.
	expect(text.match(/Page \d+ of \d+/g)).toHaveLength(pages);

	// Page images, to look at.
	execFileSync('pdftoppm', ['-png', '-r', '50', file, join(dir, 'page')]);
	expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
});

test('the posts download as CSV, every post to the penny, adding up to each change', async ({
	request
}) => {
	const res = await request.get(`/report/csv?${QUERY}`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const text = (await res.text()).replace(/^\ufeff/, '');
	const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
	for (const id of OPTIONS) {
		const e = expected(id);
		const mine = rows.filter((r) => r.Option === id);
		expect(mine.filter((r) => r.Change === 'deleted')).toHaveLength(e.deleted.length);
		expect(mine.filter((r) => r.Change === 'created')).toHaveLength(e.created.length);
		const net = mine.reduce(
			(n, r) => n + Math.round(Number(r['Change in full-year cost (£)']) * 100),
			0
		);
		expect(net).toBe(Math.round(e.c.annualCostChange * 100));
		const first = e.created[0];
		const row = mine.find((r) => r['Post id'] === first.postId && r.Change === 'created')!;
		expect(Number(row['Total (£)'])).toBe(first.cost);
		expect(
			Number(row['Salary (£)']) +
				Number(row['Employer NI (£)']) +
				Number(row['Employer pension (£)'])
		).toBeCloseTo(first.cost, 6);
	}
});

test('printing hides the site around the report and keeps A4 landscape', async ({ page }) => {
	await page.goto(`/report?${QUERY}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
	const rule = await page.evaluate(() =>
		[...document.styleSheets]
			.flatMap((s) => [...s.cssRules])
			.map((r) => r.cssText)
			.find((t) => t.startsWith('@page'))
	);
	expect(rule).toMatch(/size: a4 landscape/i);
	expect(rule).toContain('counter(pages)');
});

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
])
	test(`the report reads at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
		await page.setViewportSize(size);
		await page.goto(`/report?${QUERY}`);
		await expect(page.getByTestId('summary-table')).toBeVisible();
		// No sideways scrolling on screen.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({
			path: testInfo.outputPath(`report-${size.width}.png`),
			fullPage: true
		});
	});

test('the chooser makes the report, and a wrong address says what is wrong', async ({ page }) => {
	await page.goto('/report');
	await expect(page.getByRole('heading', { name: 'Costed options report' })).toBeVisible();
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page).toHaveURL(/\/report\?base=clt-2020&options=core-delivery-2021-md-/);
	await expect(page.getByTestId('summary-table')).toBeVisible();

	await page.goto('/report?base=clt-2020');
	await expect(page.getByRole('alert')).toContainText('&options=');
	const missing = await page.goto('/report?base=clt-2020&options=no-such-option');
	expect(missing?.status()).toBe(404);
	await expect(page.locator('body')).toContainText('There is no structure “no-such-option”');
});
