import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { postCost } from '../../src/lib/analysis/index.ts';
import { formatMoney } from '../../src/lib/words/index.ts';
import { toGraphElements } from '../../src/lib/view/graphElements.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('the graph draws every node, and finding a service selects the post that heads it', async ({
	page
}) => {
	const s = builtIn('core-delivery-2021');
	const parking = Object.values(s.services).find((sv) => /parking/i.test(sv.name))!;
	const head = s.units[parking.unit].head!;
	const nodes = toGraphElements(s).nodes.length;

	await page.goto('/structures/core-delivery-2021/graph');
	const graph = page.locator('.graph[data-ready="true"]');
	await expect(graph).toHaveAttribute('data-nodes', String(nodes));
	await expect(graph.locator('canvas').first()).toBeAttached();

	await page.getByRole('searchbox', { name: 'Find a post or service' }).fill('parking');
	await page.getByRole('button', { name: /^Parking/ }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]post=${head}(&|$)`));
	const panel = page.getByRole('complementary', { name: 'Selected post' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(s.posts.get(head)!.title);
	// The cost comes from the core: salary, employer NI and pension at the grade point.
	await expect(panel.locator('tr.total td')).toHaveText(formatMoney(postCost(s, head).total));
	await expect(panel).toContainText('Parking');
	await expectNoSeriousAxeViolations(page);
});

test('a link type switched on is kept in the URL, and Back switches it off again', async ({
	page
}) => {
	await page.goto('/structures/core-delivery-2021/graph');
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	// Line management alone is drawn at first; the other types are on request.
	const box = page.getByRole('checkbox', { name: /^Member interface/ });
	await expect(box).not.toBeChecked();
	await box.check();
	await expect(page).toHaveURL(/links=line-management(%2C|,)member-interface/);
	await expect(box).toBeChecked();
	await page.goBack();
	await expect(page).not.toHaveURL(/links=/);
	await expect(box).not.toBeChecked();
});

test('the selected post opens from the URL and the panel links to its manager', async ({
	page
}) => {
	const s = builtIn('clt-2020');
	const someone = [...s.posts.values()].find((p) => p.reportsTo === s.ceo)!;
	await page.goto(`/structures/clt-2020/graph?post=${someone.id}`);
	const panel = page.getByRole('complementary', { name: 'Selected post' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(someone.title);
	await panel
		.getByRole('button', { name: s.posts.get(s.ceo)!.title, exact: true })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`post=${s.ceo}`));
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(s.posts.get(s.ceo)!.title);
	await page.goBack();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(someone.title);
});

test('the graph downloads as SVG drawn from the on-screen layout, and as PNG', async ({ page }) => {
	const s = builtIn('clt-2020');
	await page.goto('/structures/clt-2020/graph');
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SVG' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('clt-2020-graph.svg');
	const svg = readFileSync((await file.path())!, 'utf8');
	expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	// One box per post, and line management routed as on screen.
	const posts = s.posts.size;
	expect(svg.match(/<g class="node post/g)).toHaveLength(posts);
	expect(svg).toContain('<polyline class="edge line-management"');

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PNG' }).click();
	const pngFile = await png;
	expect(pngFile.suggestedFilename()).toBe('clt-2020-graph.png');
	const bytes = readFileSync((await pngFile.path())!);
	// The PNG signature: 0x89 'P' 'N' 'G'.
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
