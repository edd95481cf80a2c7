/**
 * Working with the graph: selecting a post shows its links of every type and fades the rest
 * without moving the view; a post is dragged onto a manager that starts off screen, the view
 * panning at the edge; a post is moved with the keyboard alone, and undone; the links as a table.
 * Nothing is saved, so these run against the shared server. Figures are counted by hand from
 * models/core-delivery-2021.yaml.
 */
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { toGraphElements } from '../../src/lib/view/graphElements.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';
import { nodeCentre } from './edit-helpers.ts';

const ID = 'core-delivery-2021';
const MD = 'md-city-housing';
const PD = 'pd-places';
const MD_TITLE = 'Managing Director: City Housing';
const PD_TITLE = 'Purpose Director: Places, Prosperity and Sustainability';

interface Hooks {
	edgeCounts(): { drawn: number; emphasised: number; faded: number };
	edgePoints(id: string): { x: number; y: number }[] | undefined;
	inView(id: string): boolean;
	nodeBox(id: string): { x: number; y: number; w: number; h: number } | undefined;
	zoom(): number;
	pan(): { x: number; y: number };
	dropTarget(): string | undefined;
}

function canvas(page: Page): Locator {
	return page.locator('.graph[data-ready="true"] .canvas').first();
}

/** Calls one of the test hooks OrgGraph puts on its canvas (see graphTestHooks.ts). */
function hook<K extends keyof Hooks>(
	page: Page,
	name: K,
	...args: Parameters<Hooks[K]>
): Promise<ReturnType<Hooks[K]>> {
	return canvas(page).evaluate(
		(el, [n, a]) =>
			(el as unknown as Record<string, (...x: unknown[]) => unknown>)[n](...a) as never,
		[name, args] as [string, unknown[]]
	);
}

const ceoSpan = (page: Page) => page.locator('[data-figure="ceo-span"] dd');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Selected post' });

test('selecting a post shows its links of every type, fades the rest and keeps the view', async ({
	page
}) => {
	// In models/core-delivery-2021.yaml every post but the Chief Executive has a line manager: 32
	// line-management edges. The Managing Director: City Housing reports to the Chief Executive and
	// manages one Assistant Director; City Housing has its purpose set by the Purpose Director:
	// Places, is held to account by the Performance group and assured by the Assurance group, and
	// Cabinet Members and Overview and Scrutiny meet its Managing Director: 2 + 5 = 7 links.
	const LINES = 32;
	const LINKS_OF_MD = 7;
	const NOT_LINE_OF_MD = 5;

	await page.goto(`/structures/${ID}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	// Line management alone is drawn at first; the others are a tick away, with their counts.
	await expect(page.getByRole('checkbox', { name: /^Line management/ })).toBeChecked();
	const member = page.getByRole('checkbox', { name: /^Member interface/ });
	await expect(member).not.toBeChecked();
	await expect(member.locator('..')).toContainText('(15)');
	expect(await hook(page, 'edgeCounts')).toEqual({ drawn: LINES, emphasised: 0, faded: 0 });

	// The graph opens at a readable size showing its top; the whole of it is one click away.
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(() => hook(page, 'inView', MD)).toBe(true);
	const zoom = await hook(page, 'zoom');
	const pan = await hook(page, 'pan');
	const md = await nodeCentre(page, MD);
	await page.mouse.click(md.x, md.y);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(MD_TITLE);
	await expect
		.poll(() => hook(page, 'edgeCounts'))
		.toEqual({
			drawn: LINES + NOT_LINE_OF_MD,
			emphasised: LINKS_OF_MD,
			faded: LINES + NOT_LINE_OF_MD - LINKS_OF_MD
		});
	// The view has not moved: no zoom to the post.
	expect(await hook(page, 'zoom')).toBe(zoom);
	expect(await hook(page, 'pan')).toEqual(pan);
	await expect(page.getByText(`${MD_TITLE} selected: 7 links in and out shown`)).toBeAttached();

	// Zoom to is a separate control.
	await page.getByRole('button', { name: 'Zoom to' }).click();
	await expect.poll(() => hook(page, 'zoom')).toBeGreaterThanOrEqual(1);

	// Escape, with the graph focused, clears the selection and the fading.
	await canvas(page).press('Escape');
	await expect(page).not.toHaveURL(/post=/);
	await expect
		.poll(() => hook(page, 'edgeCounts'))
		.toEqual({ drawn: LINES, emphasised: 0, faded: 0 });

	// Assures switched on: its 9 links are drawn, each routed in straight runs round the boxes.
	await page.getByRole('checkbox', { name: /^Assures/ }).check();
	await expect(page).toHaveURL(/links=line-management%2Cassures|links=line-management,assures/);
	await expect.poll(() => hook(page, 'edgeCounts').then((c) => c.drawn)).toBe(LINES + 9);
	const assures = toGraphElements(builtIn(ID)).edges.filter((e) => e.data.type === 'assures');
	expect(assures).toHaveLength(9);
	for (const e of assures) {
		// Drawn on the next frame: cytoscape works out an edge's geometry as it renders it.
		await expect
			.poll(() => hook(page, 'edgePoints', e.data.id).then((p) => p?.length ?? 0), {
				message: e.data.id
			})
			.toBeGreaterThanOrEqual(2);
		const points = await hook(page, 'edgePoints', e.data.id);
		for (let k = 1; k < points!.length; k++) {
			const [a, b] = [points![k - 1], points![k]];
			expect(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, e.data.id).toBe(true);
		}
	}
	await expectNoSeriousAxeViolations(page);
});

test('a post dragged to the edge pans the view to a manager off screen, and drops onto it', async ({
	page
}) => {
	// Ten direct reports without the office (models/core-delivery-2021.yaml: the Purpose, Managing
	// and corporate directors and the Commonwealth Games Director); nine once one MD moves.
	await page.goto(`/structures/${ID}/graph?post=${MD}`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	await expect(ceoSpan(page)).toContainText('10 (11 with office)');
	// Zoom in on the Managing Director until the Purpose Director is out of view.
	await page.getByRole('button', { name: 'Zoom to' }).click();
	for (let i = 0; i < 6 && (await hook(page, 'inView', PD)); i++) {
		await page.getByRole('button', { name: 'Zoom in' }).click();
	}
	expect(await hook(page, 'inView', PD)).toBe(false);
	expect(await hook(page, 'inView', MD)).toBe(true);

	const box = (await canvas(page).boundingBox())!;
	const from = await nodeCentre(page, MD);
	const far = await nodeCentre(page, PD);
	// The pointer goes to the edge of the box on the manager's side, and stays there.
	const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
	const edge = {
		x: clamp(far.x, box.x + 6, box.x + box.width - 6),
		y: clamp(far.y, box.y + 6, box.y + box.height - 6)
	};
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) {
		await page.mouse.move(
			from.x + ((edge.x - from.x) * i) / 8,
			from.y + ((edge.y - from.y) * i) / 8
		);
	}
	// The view pans while the pointer rests near the edge, until the manager is in view.
	await expect.poll(() => hook(page, 'inView', PD), { timeout: 15_000 }).toBe(true);
	const to = await nodeCentre(page, PD);
	for (let i = 1; i <= 6; i++) {
		await page.mouse.move(edge.x + ((to.x - edge.x) * i) / 6, edge.y + ((to.y - edge.y) * i) / 6);
	}
	// Once the pointer has left the edge the view stays still; settle on the manager's centre.
	await expect(async () => {
		const onto = await nodeCentre(page, PD);
		await page.mouse.move(onto.x, onto.y);
		expect(await hook(page, 'dropTarget')).toBe(PD);
	}).toPass();
	await page.mouse.up();

	await expect(ceoSpan(page)).toContainText('9 (10 with office)');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(MD_TITLE);
	await expect(panel(page)).toContainText(`Reports to: ${PD_TITLE}`);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(ceoSpan(page)).toContainText('10 (11 with office)');
});

test('a post is moved with the keyboard alone, said aloud, and undone', async ({ page }) => {
	await page.goto(`/structures/${ID}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	await expect(ceoSpan(page)).toContainText('10 (11 with office)');

	// Find the post with the search box and Enter.
	const search = page.getByRole('searchbox', { name: 'Find a post or service' });
	await search.focus();
	await page.keyboard.type('Managing Director: City Housing');
	await page.keyboard.press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(MD_TITLE);

	// Tab on to the drawing, and M for Move.
	for (let i = 0; i < 12; i++) {
		if (await canvas(page).evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(canvas(page)).toBeFocused();
	// The arrow keys move through the posts: up to the manager, and back down.
	await page.keyboard.press('ArrowUp');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Chief Executive');
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/post=/);
	await search.focus();
	await page.keyboard.press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(MD_TITLE);
	for (let i = 0; i < 12; i++) {
		if (await canvas(page).evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('m');

	const dialog = page.getByRole('dialog', { name: `Move ${MD_TITLE}` });
	await expect(dialog).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'New line manager' })).toBeFocused();
	await page.keyboard.type('places');
	// The Purpose Director and the Policy and Commissioning Lead (Places, Prosperity and
	// Sustainability) below it; the nearer the top first, so the Purpose Director is chosen.
	await expect(dialog.getByRole('option')).toHaveCount(2);
	await expect(dialog.getByRole('option', { selected: true })).toContainText(PD_TITLE);
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();

	await expect(page.getByRole('status')).toContainText(
		`${MD_TITLE} now reports to ${PD_TITLE} (was Chief Executive)`
	);
	await expect(ceoSpan(page)).toContainText('9 (10 with office)');
	await expect(panel(page)).toContainText(`Reports to: ${PD_TITLE}`);
	// The focus is back on the drawing, not in a field, so Ctrl+Z undoes the move.
	await expect(canvas(page)).toBeFocused();
	await page.keyboard.press('Control+z');
	await expect(ceoSpan(page)).toContainText('10 (11 with office)');
	await expect(panel(page)).toContainText('Reports to: Chief Executive');
});

test('the links as a table count each post’s links by type, and name them', async ({ page }) => {
	await page.goto(`/structures/${ID}/graph`);
	await page.getByRole('button', { name: 'Links as a table' }).click();
	await expect(page).toHaveURL(/view=table/);
	const table = page.getByRole('table', { name: /Links of each post by type/ });
	// Cabinet Members meet 8 posts and Overview and Scrutiny 7: 15 member interfaces in all.
	await expect(table.locator('tfoot td[data-type="member-interface"]')).toHaveText('15');
	const row = table.locator(`tr[data-node="${MD}"]`);
	await expect(row.locator('td[data-type="member-interface"] summary')).toContainText('2');
	await expect(row.locator('td.total')).toHaveText('7');
	await row.locator('td[data-type="member-interface"] summary').click();
	await expect(row.locator('td[data-type="member-interface"]')).toContainText('Cabinet Members');
	await expectNoSeriousAxeViolations(page);
	// A name shows the post on the graph.
	await row.getByRole('button', { name: MD_TITLE }).click();
	await expect(page).not.toHaveURL(/view=table/);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(MD_TITLE);
});
