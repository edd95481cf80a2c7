/**
 * An 11,000-post establishment on its own server (so it does not slow the other specs): imported
 * through the API, its pages sent compact, its graph drawn by unit, a directorate opened, a post
 * deep in the tree found by search and revealed. Figures are counted here from the generated rows,
 * not by the app. Screenshots go to /tmp/shots-bigraph/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hook, openGraph as openGraphAt, settled, unitIdOf } from './graph-helpers.ts';
import { HR_HEADERS } from '../support/hrExport.ts';
import { compressedSize } from '../support/largeEstablishment.ts';
import { establishmentServer } from './own-server.ts';

const SHOTS = '/tmp/shots-bigraph';
const col = (name: (typeof HR_HEADERS)[number]) => HR_HEADERS.indexOf(name);

const large = establishmentServer({ seed: 5 }, () => mkdirSync(SHOTS, { recursive: true }));
const server = () => large.server;

const openGraph = (page: Page) => openGraphAt(page, `${server().url}/structures/${large.id}/graph`);

test('the overview of an 11,000-post establishment sends under 300 KB compressed', async () => {
	const token = server().admin!.token;
	const overview = await compressedSize(`${server().url}/structures/${large.id}`, token);
	expect(overview.encoding).toBe('gzip');
	expect(overview.bytes).toBeLessThan(300 * 1024);
	const graph = await compressedSize(`${server().url}/structures/${large.id}/graph`, token);
	expect(graph.bytes).toBeLessThan(300 * 1024);
});

for (const [width, height] of [
	[1920, 1080],
	[1280, 720]
]) {
	test(`the graph by unit at ${width}×${height}: a directorate opens, a post is found and revealed`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await openGraph(page);
		const rows = large.e.rows;
		// The directorates' boxes carry their headcount, counted here from the rows.
		const housing = rows.filter((r) => r[col('Directorate')] === 'City Housing').length;
		const housingNode = 'unit:' + (await unitIdOf(page, 'City Housing'));
		const label = await hook(page, 'labelOf', housingNode);
		expect(label).toContain(`${housing.toLocaleString('en-GB')} posts`);
		expect(await hook(page, 'labelPx', housingNode)).toBeGreaterThanOrEqual(12);
		await page.screenshot({ path: `${SHOTS}/e2e-units-${width}.png` });

		// Open the directorate (the keyboard's way: its Open button beside the graph).
		await page.locator('summary', { hasText: 'Units on the graph' }).click();
		await page.getByRole('button', { name: 'Open City Housing' }).click();
		await settled(page);
		const director = rows.find((r) => r[col('Job Title')] === 'Director of City Housing')!;
		const drawn = await hook(page, 'drawnNodes');
		expect(drawn).toContain(director[col('Position ID')]);
		expect(drawn).not.toContain(housingNode);
		expect(await hook(page, 'elementCount')).toBeLessThanOrEqual(1500);
		expect(await hook(page, 'labelPx', director[col('Position ID')])).toBeGreaterThanOrEqual(12);
		// Its box is gone from the graph; its figures stay beside it.
		await expect(page.getByRole('heading', { name: 'City Housing', exact: true })).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/e2e-open-${width}.png` });

		// A post deep in another directorate: found by its id, its units opened, selected, in view.
		const deep = rows[9_876];
		await page.getByLabel('Find a post by title or id').fill(deep[col('Position ID')]);
		await page.locator('.results button').first().click();
		await expect(page).toHaveURL(new RegExp(`post=${deep[col('Position ID')]}`));
		await settled(page);
		const post = deep[col('Position ID')];
		expect(await hook(page, 'isHighlighted', post)).toBe(true);
		const box = (await hook(page, 'nodeBox', post))!;
		const canvas = (await page.locator('.graph .canvas').boundingBox())!;
		expect(box.x).toBeGreaterThan(0);
		expect(box.x).toBeLessThan(canvas.width);
		expect(box.y).toBeGreaterThan(0);
		expect(box.y).toBeLessThan(canvas.height);
		await expect(
			page.getByRole('heading', { name: deep[col('Job Title')], exact: true })
		).toBeVisible();
		await expect(page.locator('aside dd', { hasText: post })).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/e2e-found-${width}.png` });

		// The overview draws the same boxes, readable at its fit.
		await page.goto(`${server().url}/structures/${large.id}`);
		await expect(page.locator('.graph[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
		expect(await hook(page, 'labelOf', housingNode)).toBe(label);
		expect(await hook(page, 'labelPx', housingNode)).toBeGreaterThanOrEqual(12);
		await page.locator('.graph-box').screenshot({ path: `${SHOTS}/e2e-overview-${width}.png` });
	});
}

test('a post at the bottom of a crowded team is revealed through the folds above it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openGraph(page);
	// The team with the most posts directly in it, counted from the rows, and its last post.
	const teams = new Map<string, string[][]>();
	for (const r of large.e.rows) {
		const team = r[col('Team')];
		if (team) teams.set(team, [...(teams.get(team) ?? []), r]);
	}
	const [team, rows] = [...teams].sort((a, b) => b[1].length - a[1].length)[0];
	// More posts than the graph draws of one unit: its lower layers fold.
	expect(rows.length).toBeGreaterThan(250);
	const last = rows[rows.length - 1][col('Position ID')];
	await page.getByLabel('Find a post by title or id').fill(last);
	await page.locator('.results button').first().click();
	await settled(page);
	await expect.poll(() => hook(page, 'isHighlighted', last)).toBe(true);
	const drawn = await hook(page, 'drawnNodes');
	expect(drawn.some((n) => n.startsWith('below:'))).toBe(true);
	expect(drawn.length).toBeLessThan(rows.length);
	expect(await hook(page, 'elementCount')).toBeLessThanOrEqual(1500);
	await expect(page.getByRole('heading', { name: team, exact: true })).toBeVisible();
	await page.screenshot({ path: `${SHOTS}/e2e-folds-1280.png` });
});

test('editing loads the whole establishment; the list pages load it themselves', async ({
	page
}) => {
	const director = large.e.rows.find((r) => r[col('Job Title')] === 'Director of City Housing')!;
	const post = director[col('Position ID')];
	await page.goto(`${server().url}/structures/${large.id}/graph?post=${post}`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
	await expect.poll(() => hook(page, 'isHighlighted', post)).toBe(true);
	// Before: the post's figures only. After: the full panel, with its editor.
	await expect(page.getByText('Change this post')).toHaveCount(0);
	await page.getByRole('button', { name: 'Edit the establishment' }).click();
	await expect(page.getByText('Change this post')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('button', { name: 'Edit the establishment' })).toHaveCount(0);
	expect(await hook(page, 'drawnNodes')).toContain(post);

	await page.goto(`${server().url}/structures/${large.id}/spans`);
	await expect(page.getByRole('heading', { name: 'Spans and layers' })).toBeVisible({
		timeout: 60_000
	});
});
