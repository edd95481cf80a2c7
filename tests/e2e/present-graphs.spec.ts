/**
 * The deck draws the structures: the old structure with its ten lines into the Chief Executive,
 * the Council Core and the Delivery Functions as charts in large type, found by stepping through
 * with the keyboard at 1920×1080 and 1280×720; and the "what if" done by dragging one post's box
 * onto another on the slide's chart, the numbers and the chart changing by hand-worked amounts,
 * also for an option whose Chief Executive has ten direct reports, its chart still in large type.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './pages-helpers.ts';

const A = 'clt-2020';
const B = 'core-delivery-2021-md-to-purpose';
const URL_AB = `/present?a=${A}&b=${B}`;

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

/** Every chart label's size on screen (font size × the chart's zoom), and any that overflows its box. */
async function chartText(page: Page, scope = '.slide') {
	return page.evaluate((scope) => {
		const svg = document.querySelector<SVGSVGElement>(`${scope} svg.slide-chart`)!;
		const zoom = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		let smallest = Infinity;
		const overflowing: string[] = [];
		for (const g of svg.querySelectorAll<SVGGElement>('g[data-post]')) {
			const box = g.querySelector<SVGRectElement>('rect.box')!.width.baseVal.value;
			for (const t of g.querySelectorAll<SVGTextElement>(':scope > text')) {
				smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * zoom);
				// 14 units of padding either side of the text.
				if (t.getComputedTextLength() > box - 28) overflowing.push(t.textContent ?? '');
			}
		}
		return { smallest, overflowing };
	}, scope);
}

const ceoLines = (page: Page, office: boolean) =>
	page.locator(
		`.slide svg.slide-chart polyline[data-manager="chief-executive"][data-report][data-office="${office}"]`
	);

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
])
	test(`the structure slides draw their charts in large type at ${size.width}×${size.height}`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(size);
		await open(page, URL_AB);
		const slide = page.locator('.slide');
		const posts = page.locator('.slide svg.slide-chart g[data-post]');

		// Slide 1, the old structure: the CEO's ten direct reports in the CLT, each with its line,
		// and the office's dashed line besides (003, Appendix A section 3: ten, eleven with the office).
		await expect(slide).toHaveAttribute('data-slide', 'old-structure');
		await expect(posts.first()).toBeVisible();
		await expect(ceoLines(page, false)).toHaveCount(10);
		await expect(ceoLines(page, true)).toHaveCount(1);
		await expect(page.locator('g[data-post="chief-executive"]')).toContainText('10 direct reports');
		// The CEO, the office and the ten; the Director of Neighbourhoods' five assistant directors
		// are counted in its box.
		await expect(posts).toHaveCount(12);
		await expect(page.locator('g[data-post="director-neighbourhoods"]')).toContainText('+5 posts');
		await expect(page.getByTestId('figure-ceo-span')).toHaveText('10');
		let text = await chartText(page);
		expect(text.smallest).toBeGreaterThanOrEqual(18);
		expect(text.overflowing).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath(`old-structure-${size.width}.png`) });
		await expectNoSeriousAxeViolations(page);

		// Slide 3, the Council Core: five direct reports, six with the office (the model's own
		// description of this option), every one of them in the Core.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(slide).toHaveAttribute('data-slide', 'council-core');
		await expect(page.locator('g[data-post="chief-executive"]')).toContainText('5 direct reports');
		await expect(ceoLines(page, false)).toHaveCount(5);
		await expect(page.locator('g[data-post="director-city-management"]')).toBeVisible();
		text = await chartText(page);
		expect(text.smallest).toBeGreaterThanOrEqual(18);
		expect(text.overflowing).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath(`council-core-${size.width}.png`) });

		// Slide 4, the Delivery Functions: the line down to the five Managing Directors, three under
		// the Purpose Director: Places and two under the Purpose Director: City Futures.
		await page.keyboard.press('ArrowRight');
		await expect(slide).toHaveAttribute('data-slide', 'delivery-functions');
		await expect(page.locator('g[data-post^="md-"]')).toHaveCount(5);
		for (const [manager, count] of [
			['pd-places', 3],
			['pd-city-futures', 2]
		] as const)
			await expect(
				page.locator(`.slide polyline[data-manager="${manager}"][data-report^="md-"]`)
			).toHaveCount(count);
		// City Operations' three assistant directors, folded into its Managing Director's box.
		await expect(page.locator('g[data-post="md-city-operations"]')).toContainText('+3 posts');
		text = await chartText(page);
		expect(text.smallest).toBeGreaterThanOrEqual(18);
		expect(text.overflowing).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath(`delivery-${size.width}.png`) });
	});

/** Drags one post's box onto another's with the mouse, as a facilitator would. */
async function dragOnto(page: Page, from: string, to: string) {
	const a = (await page.locator(`.slide g[data-post="${from}"] rect.box`).boundingBox())!;
	const b = (await page.locator(`.slide g[data-post="${to}"] rect.box`).boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 10, { steps: 3 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
	await expect(page.locator(`.slide g[data-post="${to}"]`)).toContainText('New line manager');
	await page.mouse.up();
}

test('what if: dragging the Commonwealth Games Director onto the Director of City Management', async ({
	page,
	context
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, `${URL_AB}&slide=8`);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'what-if');
	const presenter = await context.newPage();
	await presenter.setViewportSize({ width: 1600, height: 900 });
	await open(presenter, `/present/presenter?a=${A}&b=${B}&slide=8`);
	// The presenter view shows the same chart.
	await expect(presenter.locator('.current svg.slide-chart g[data-post]')).toHaveCount(7);

	// As loaded: five direct reports; the Director of City Management's five reports folded in.
	await expect(page.getByTestId('metric-ceoSpan')).toHaveText('5');
	await expect(ceoLines(page, false)).toHaveCount(5);
	await expect(page.locator('g[data-post="director-city-management"]')).toContainText('+5 posts');
	const text = await chartText(page);
	expect(text.smallest).toBeGreaterThanOrEqual(18);

	// Escape during a drag drops the box back where it was, and the deck stays open.
	const cwg = (await page
		.locator('.slide g[data-post="commonwealth-games-director"] rect.box')
		.boundingBox())!;
	await page.mouse.move(cwg.x + cwg.width / 2, cwg.y + cwg.height / 2);
	await page.mouse.down();
	await page.mouse.move(cwg.x + cwg.width / 2 + 60, cwg.y + cwg.height / 2 + 40, { steps: 4 });
	await expect(page.locator('.slide g.ghost')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(page.locator('.slide g.ghost')).toHaveCount(0);
	await page.mouse.up();
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'what-if');
	await expect(page.getByTestId('metric-ceoSpan')).toHaveText('5');

	await dragOnto(page, 'commonwealth-games-director', 'director-city-management');

	// Four once the Commonwealth Games Director reports elsewhere (the model's description), and
	// the Director of City Management's box now counts six posts under it: its five and the one moved.
	await expect(page.getByTestId('metric-ceoSpan')).toHaveText('4');
	await expect(page.locator('[data-metric="ceoSpan"]')).toContainText('▼ down 1 (was 5)');
	// A reporting line moves; no post is added or taken away, so the cost does not change.
	await expect(page.locator('[data-metric="costChange"]')).toContainText('no change');
	await expect(ceoLines(page, false)).toHaveCount(4);
	await expect(page.locator('.slide g[data-post="commonwealth-games-director"]')).toHaveCount(0);
	await expect(page.locator('g[data-post="director-city-management"]')).toContainText('+6 posts');
	await expect(page.getByRole('status').first()).toContainText('Commonwealth Games Director');
	await page.screenshot({ path: testInfo.outputPath('what-if-dragged-1280.png') });
	await expectNoSeriousAxeViolations(page);

	// The presenter's window follows.
	await expect(presenter.getByTestId('metric-ceoSpan')).toHaveText('4');
	await expect(
		presenter.locator('.current g[data-post="commonwealth-games-director"]')
	).toHaveCount(0);
	await presenter.screenshot({ path: testInfo.outputPath('presenter-what-if.png') });

	// Undo puts the box and the numbers back.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('metric-ceoSpan')).toHaveText('5');
	await expect(page.locator('.slide g[data-post="commonwealth-games-director"]')).toHaveCount(1);
});

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
])
	test(`what if, ten direct reports: the chart reads at ${size.width}×${size.height} and a drag changes the span`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(size);
		// The 2020 structure as the option: the Chief Executive's ten direct reports and the office.
		await open(page, `/present?a=${A}&b=${A}&slide=8`);
		await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'what-if');
		const posts = page.locator('.slide svg.slide-chart g[data-post]');
		// The CEO, the office and the ten directors (models/clt-2020.yaml: eleven lines into the
		// Chief Executive, one of them the office's).
		await expect(posts).toHaveCount(12);
		await expect(ceoLines(page, false)).toHaveCount(10);
		await expect(ceoLines(page, true)).toHaveCount(1);
		await expect(page.getByTestId('metric-ceoSpan')).toHaveText('10');
		// The Director of Council Management's one report, counted in its box.
		await expect(page.locator('g[data-post="director-council-management"]')).toContainText(
			'+1 post'
		);
		let text = await chartText(page);
		expect(text.smallest).toBeGreaterThanOrEqual(18);
		expect(text.overflowing).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath(`what-if-ten-${size.width}.png`) });

		await dragOnto(page, 'commonwealth-games-director', 'director-council-management');

		// Nine once the Commonwealth Games Director (who manages nobody) reports to the Director of
		// Council Management, whose box now counts two posts under it.
		await expect(page.getByTestId('metric-ceoSpan')).toHaveText('9');
		await expect(page.locator('[data-metric="ceoSpan"]')).toContainText('▼ down 1 (was 10)');
		await expect(ceoLines(page, false)).toHaveCount(9);
		await expect(page.locator('g[data-post="director-council-management"]')).toContainText(
			'+2 posts'
		);
		await expect(page.getByRole('status').first()).toContainText('Commonwealth Games Director');
		text = await chartText(page);
		expect(text.smallest).toBeGreaterThanOrEqual(18);
		// The move's words fit beside the chart: the slide does not overflow.
		const spill = await page
			.locator('.slide .body')
			.evaluate((b) => b.scrollHeight - b.clientHeight);
		expect(spill).toBe(0);
		await page.screenshot({ path: testInfo.outputPath(`what-if-ten-moved-${size.width}.png`) });
	});
