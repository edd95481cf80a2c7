/**
 * The graph is readable at fit: on the graph page and the overview, for every built-in structure
 * at 1920 × 1080 and 1280 × 720, every node's label is drawn at 12 px or more on screen (its font
 * size × the zoom, read from cytoscape through OrgGraph's test hooks), the top of the chart is in
 * view, the key is all in the window, and "Fit all" shows the whole. Then an opened directorate of
 * an 11,000-post establishment, on a server of its own (as large-graph.spec.ts does).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { builtIn } from './pages-helpers.ts';
import { loadBuiltInModels } from '../../src/lib/model/index.ts';
import { HR_HEADERS } from '../support/hrExport.ts';
import { establishmentServer } from './own-server.ts';

const SIZES = [
	[1920, 1080],
	[1280, 720]
] as const;
const STRUCTURES = loadBuiltInModels().map((s) => s.id);

interface Label {
	id: string;
	px: number;
	inView: boolean;
}

/** Every drawn node's label size on screen and whether it is in view (OrgGraph's test hooks). */
function labels(page: Page): Promise<Label[]> {
	return page
		.locator('.graph .canvas')
		.evaluate((el) => (el as unknown as { labels(): Label[] }).labels());
}

function zoom(page: Page): Promise<number> {
	return page
		.locator('.graph .canvas')
		.evaluate((el) => (el as unknown as { zoom(): number }).zoom());
}

async function drawn(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('.graph[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

/** The smallest label, and that the view shows some of the graph, the top post among it. */
async function expectReadable(page: Page, top: string) {
	const all = await labels(page);
	const smallest = Math.min(...all.map((l) => l.px));
	expect(smallest).toBeGreaterThanOrEqual(12);
	expect(all.find((l) => l.id === top)?.inView).toBe(true);
	return all;
}

test.describe('every built-in structure', () => {
	test.describe.configure({ timeout: 120_000 });
	for (const [width, height] of SIZES) {
		for (const id of STRUCTURES) {
			test(`${id} at ${width}×${height}: labels of 12 px or more at fit`, async ({ page }) => {
				const s = builtIn(id);
				await page.setViewportSize({ width, height });

				await drawn(page, `/structures/${id}/graph`);
				const all = await expectReadable(page, s.ceo);
				// The key is all in the window as the page opens.
				const key = (await page.locator('fieldset.legend').boundingBox())!;
				expect(key.y).toBeGreaterThanOrEqual(0);
				expect(key.y + key.height).toBeLessThanOrEqual(height);
				// "Fit all" shows every node (smaller, by choice).
				await page.getByRole('button', { name: 'Fit all' }).click();
				await expect.poll(async () => (await labels(page)).every((l) => l.inView)).toBe(true);
				expect(await zoom(page)).toBeLessThanOrEqual(1);
				expect(all.filter((l) => s.posts.has(l.id))).toHaveLength(s.posts.size);

				await drawn(page, `/structures/${id}`);
				await expectReadable(page, s.ceo);
			});
		}
	}

	test('the Chief Executive of 2020 has ten line-management reports drawn, besides the office', async ({
		page
	}) => {
		// "the Chief Executive had ten direct reports" (003, the report to Cabinet, January 2021).
		const s = builtIn('clt-2020');
		for (const url of ['/structures/clt-2020/graph', '/structures/clt-2020']) {
			await drawn(page, url);
			const reports = await page
				.locator('.graph .canvas')
				.evaluate(
					(el, ceo) => (el as unknown as { lineReports(id: string): string[] }).lineReports(ceo),
					s.ceo
				);
			expect(reports.filter((r) => !s.posts.get(r)!.office)).toHaveLength(10);
			expect(reports).toHaveLength(11);
		}
	});
});

test.describe('an opened directorate of an 11,000-post establishment', () => {
	const col = (name: (typeof HR_HEADERS)[number]) => HR_HEADERS.indexOf(name);
	const large = establishmentServer({ seed: 5 });

	for (const [width, height] of SIZES) {
		test(`City Housing opened at ${width}×${height}: labels of 12 px or more`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await drawn(page, `${large.server.url}/structures/${large.id}/graph`);
			await page.locator('summary', { hasText: 'Units on the graph' }).click();
			await page.getByRole('button', { name: 'Open City Housing' }).click();
			// Its director, found here in the generated rows, is drawn once the unit is open.
			const director = large.e.rows.find(
				(r) => r[col('Job Title')] === 'Director of City Housing'
			)!;
			const post = director[col('Position ID')];
			await expect
				.poll(async () => (await labels(page)).some((l) => l.id === post), { timeout: 60_000 })
				.toBe(true);
			await expect(page.locator('[data-pending="0"]')).toBeAttached();
			await expectReadable(page, post);
		});
	}
});
