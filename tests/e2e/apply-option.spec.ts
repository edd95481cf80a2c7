/**
 * A senior option applied to a whole establishment, in the browser, on a server of its own: an
 * 11,000-post HR export imported through the import page (mapping step included), its graph opened,
 * a directorate expanded and a post found; then md-to-purpose laid over it on the apply-option
 * page, one team's mapping changed, the result saved and compared with the establishment. The
 * figures are worked out here from the generated rows and the option's own posts, not by the app.
 * Screenshots of the page at both sizes go to /tmp/shots-apply/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ownServer } from './own-server.ts';
import { hook, openGraph, settled } from './graph-helpers.ts';
import { checkExport, importChecked } from './import-helpers.ts';
import { generateHrExport, HR_HEADERS, toCsv } from '../support/hrExport.ts';
import type { TestServer } from '../support/server.ts';

const SHOTS = '/tmp/shots-apply';
const OPTION = 'core-delivery-2021-md-to-purpose';
const ID = 'council-apply';
const n = (x: number) => new Intl.NumberFormat('en-GB').format(x);
const col = (name: (typeof HR_HEADERS)[number]) => HR_HEADERS.indexOf(name);

const e = generateHrExport({ posts: 11_000, seed: 13 });
const rows = e.rows;
const ceo = rows[0][col('Position ID')];
const directors = rows.filter((r) => r[col('Reports To Position')] === ceo);
const director = (directorate: string) =>
	directors.find((r) => r[col('Directorate')] === directorate)![col('Position ID')];

/** Each post's layer (the Chief Executive is 1): the rows list managers before their reports. */
function layersOf(posts: { id: string; reportsTo?: string }[]): Map<string, number> {
	const layer = new Map<string, number>();
	for (let pass = 0; pass < posts.length && layer.size < posts.length; pass++)
		for (const p of posts)
			if (!layer.has(p.id)) {
				if (!p.reportsTo) layer.set(p.id, 1);
				else if (layer.has(p.reportsTo)) layer.set(p.id, layer.get(p.reportsTo)! + 1);
			}
	return layer;
}

let server: TestServer;
ownServer((s) => {
	server = s;
});

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test('an 11,000-post export imports through the page; a directorate opens and a post is found', async ({
	page
}, testInfo) => {
	const file = testInfo.outputPath(`${ID}.csv`);
	writeFileSync(file, toCsv(e));
	await checkExport(page, server.url, file, `${ID}.csv`);
	// The mapping step read the columns by their headers, and counted every row.
	await expect(page.getByLabel(/^Reports to/)).toHaveValue('Reports To Position');
	await expect(page.locator('.counts dd').first()).toHaveText(n(11_000));
	await importChecked(page, 11_000, ID);

	await openGraph(page, `${server.url}/structures/${ID}/graph`);
	await page.locator('summary', { hasText: 'Units on the graph' }).click();
	await page.getByRole('button', { name: 'Open City Housing' }).click();
	await settled(page);
	expect(await hook(page, 'drawnNodes')).toContain(director('City Housing'));

	// A post deep in the tree, found by its id and revealed.
	const deep = rows[8_765][col('Position ID')];
	await page.getByLabel('Find a post by title or id').fill(deep);
	await page.locator('.results button').first().click();
	await expect(page).toHaveURL(new RegExp(`post=${deep}`));
	await settled(page);
	await expect.poll(() => hook(page, 'isHighlighted', deep)).toBe(true);
});

test('md-to-purpose applied through the page, one team moved, saved and compared', async ({
	page
}) => {
	// The option's own posts and layers, read from its stored records.
	const stored = await (await server.fetch(`/api/structures/${OPTION}`)).json();
	// The API's JSON keeps a structure's posts as an object keyed by id.
	const storedRecords: Record<string, { id: string; reportsTo?: string; status: string }> =
		stored.structure.posts;
	const optionPosts = Object.values(storedRecords).filter((p) => p.status !== 'deleted');
	const optionLayer = layersOf(optionPosts);

	await page.goto(`${server.url}/structures/${ID}`);
	await page.getByRole('link', { name: 'Apply a senior option to this establishment' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Apply a senior option to Establishment from ${ID}.csv`
	);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	await page.getByLabel('Senior option', { exact: true }).selectOption(OPTION);

	// The suggestion: each directorate's team under the option post that plainly takes it.
	const mapTo = (d: string) =>
		page.getByLabel(`Where the team of Director of ${d} goes`, { exact: true });
	await expect(mapTo('City Housing')).toHaveValue('md-city-housing', { timeout: 60_000 });
	await expect(mapTo('Council Management')).toHaveValue('director-city-management');
	await expect(mapTo('Children and Families')).toHaveValue('pd-city-futures');

	// Change one: Council Management's team to the Director of Partnership, Participation and Equality.
	await mapTo('Council Management').selectOption('director-partnership-participation-equality');
	await expect(page).toHaveURL(
		new RegExp(
			`map\\.${director('Council Management')}=director-partnership-participation-equality`
		),
		{ timeout: 60_000 }
	);
	await expect(page.getByText('Suggested: Director of City Management')).toBeVisible({
		timeout: 60_000
	});

	// Posts: 11,000 less the Chief Executive and the 7 directors, plus the option's posts.
	const postsAfter = 11_000 - (1 + directors.length) + optionPosts.length;
	const figure = (key: string, column: string) =>
		page.locator(`[data-figure="${key}"] [data-col="${column}"]`);
	await expect(figure('posts', 'before')).toHaveText(n(11_000));
	await expect(figure('posts', 'after')).toHaveText(n(postsAfter));
	// The option's Chief Executive: five direct reports, six with the office (003, Appendix A).
	await expect(figure('ceoSpan', 'after')).toHaveText('5 (6 with office)');
	await expect(figure('ceoSpan', 'before')).toContainText(`${directors.length} (`);
	// Layers: each directorate's deepest post sits below its new manager as it sat below its director.
	const layer = layersOf(rows.map((r) => ({ id: r[0], reportsTo: r[1] || undefined })));
	const target: Record<string, string> = {};
	for (const d of directors)
		target[d[col('Directorate')]] = await mapTo(d[col('Directorate')]).inputValue();
	let layersAfter = Math.max(...optionLayer.values());
	for (const r of rows.slice(1 + directors.length))
		layersAfter = Math.max(
			layersAfter,
			optionLayer.get(target[r[col('Directorate')]])! + layer.get(r[0])! - 2
		);
	await expect(figure('layers', 'before')).toHaveText(n(Math.max(...layer.values())));
	await expect(figure('layers', 'after')).toHaveText(n(layersAfter));

	const costChange = (await figure('annualCost', 'change').textContent())!.trim();
	expect(costChange).toMatch(/^[+−]£[\d,]+$/);

	mkdirSync(SHOTS, { recursive: true });
	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `${SHOTS}/apply-${w}x${h}.png`, fullPage: true });
	}

	await page.getByLabel('Name of the new structure').fill('Council with md-to-purpose');
	await page.getByRole('button', { name: 'Save as a new structure' }).click();
	await page.waitForURL(/\/structures\/council-with-md-to-purpose$/, { timeout: 120_000 });
	await expect(page.locator('[data-key="posts"] .value')).toContainText(n(postsAfter));
	const senior = page.getByRole('region', { name: 'Senior tiers from an option' });
	await expect(senior).toContainText('Managing Directors report to the Purpose Directors');
	await expect(senior.getByRole('listitem')).toHaveCount(directors.length);
	await expect(
		senior.getByRole('listitem').filter({ hasText: 'Director of Council Management' })
	).toContainText('Director of Partnership, Participation and Equality');
	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `${SHOTS}/result-${w}x${h}.png`, fullPage: true });
	}

	await senior.getByRole('link', { name: 'Compare with the establishment as it is' }).click();
	// Compare measures both 11,000-post structures before it answers.
	await expect(page).toHaveURL(/\/compare\?a=council-apply%401&b=council-with-md-to-purpose%401/, {
		timeout: 120_000
	});
	await expect(
		page.getByRole('link', { name: `Establishment from ${ID}.csv (version 1)` }).first()
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Council with md-to-purpose (version 1)' }).first()
	).toBeVisible();
	// The cost change compare works out is the one the apply page showed before saving.
	await expect(page.locator('main')).toContainText(costChange);
});

test('a team mapped to a post the option lacks is refused beside its field, and nothing is saved', async ({
	page
}) => {
	const before = ((await (await server.fetch('/api/structures')).json()) as unknown[]).length;
	const housing = director('City Housing');
	await page.goto(
		`${server.url}/structures/${ID}/apply-option?option=${OPTION}&map.${housing}=no-such-post`
	);
	await expect(page.locator(`#map-${housing}-error`)).toHaveText(
		/The team of Director of City Housing \(\d+ direct reports?\) is mapped to “no-such-post”, which is not a post of/,
		{ timeout: 60_000 }
	);
	await expect(page.getByRole('alert')).toContainText('nothing has been saved');
	await expect(page.getByRole('button', { name: 'Save as a new structure' })).toHaveCount(0);
	const after = ((await (await server.fetch('/api/structures')).json()) as unknown[]).length;
	expect(after).toBe(before);
});
