/**
 * The workshop projector: stepping through the story with the keyboard at 1920×1080 and 1280×720,
 * text large enough for the back of a room and no slide that scrolls, the "what if" slide
 * recomputing through the core (checked against the core here), and the presenter view in step.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
	compareStructures,
	joiningUp,
	layers,
	spanOfControl
} from '../../src/lib/analysis/index.ts';
import type { Structure } from '../../src/lib/model/types.ts';
import { formatMoneyChange, formatNumber } from '../../src/lib/words/index.ts';
import { builtIn } from './pages-helpers.ts';

const A = 'clt-2020';
const B = 'core-delivery-2021-md-to-purpose';
const URL_AB = `/present?a=${A}&b=${B}`;
const SLIDES = 8;

/** Opens a deck (or the presenter view) and waits until it answers keys. */
/**
 * Open the deck (or the presenter view). Pay is masked on a projector until the presenter turns the switch off; these
 * tests check the figures, so they turn it off (the administrator they run as may see pay).
 */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
	// The presenter's own window is not projected: it has no switch.
	if (url.startsWith('/present/presenter')) return;
	const mask = page.getByLabel('Mask pay');
	await expect(mask).toBeChecked();
	await mask.uncheck();
	await expect(page.getByLabel('Mask pay')).not.toBeChecked();
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

/** Measures that every slide must pass: nothing overflows, and the smallest text in px. */
async function slideMetrics(page: Page) {
	return page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.slide')!;
		const body = slide.querySelector<HTMLElement>('.body')!;
		let smallest = Infinity;
		let smallestText = '';
		const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent?.trim();
			const el = n.parentElement;
			if (!text || !el || el.closest('svg, [aria-hidden="true"], .visually-hidden')) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (size < smallest) {
				smallest = size;
				smallestText = text;
			}
		}
		return {
			label: slide.getAttribute('aria-label'),
			slideScroll: slide.scrollHeight - slide.clientHeight,
			bodyScroll: body.scrollHeight - body.clientHeight,
			bodyWidthScroll: body.scrollWidth - body.clientWidth,
			bodyFont: parseFloat(getComputedStyle(body).fontSize),
			smallest,
			smallestText
		};
	});
}

for (const size of [
	{ width: 1920, height: 1080, minText: 28 },
	{ width: 1280, height: 720, minText: (28 * 1280) / 1920 }
])
	test(`every slide fits at ${size.width}×${size.height}, stepped with the keyboard`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: size.width, height: size.height });
		await open(page, URL_AB);
		for (let i = 1; i <= SLIDES; i++) {
			if (i > 1) {
				// Arrows, space and Page Down all step forward.
				await page.keyboard.press(['ArrowRight', ' ', 'PageDown', 'ArrowDown'][i % 4]);
				await expect(page).toHaveURL(new RegExp(`slide=${i}$`));
			}
			const slide = page.locator('.slide');
			await expect(slide).toHaveAttribute('aria-label', new RegExp(`^Slide ${i} of ${SLIDES}:`));
			const m = await slideMetrics(page);
			expect(m.slideScroll, `slide ${i} scrolls`).toBeLessThanOrEqual(0);
			expect(m.bodyScroll, `slide ${i} body overflows`).toBeLessThanOrEqual(0);
			expect(m.bodyWidthScroll, `slide ${i} body overflows sideways`).toBeLessThanOrEqual(0);
			expect(m.bodyFont).toBeCloseTo(size.minText, 1);
			expect(m.smallest, `slide ${i}: “${m.smallestText}”`).toBeGreaterThanOrEqual(
				size.minText - 0.01
			);
			await page.screenshot({ path: testInfo.outputPath(`slide-${i}-${size.width}.png`) });
		}
		// At the end the next key stays on the last slide.
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`slide=${SLIDES}$`));
	});

test('on a projector pay is masked until the switch is turned off', async ({ page }) => {
	await page.goto(`${URL_AB}&slide=7`);
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'cost');
	await expect(page.getByLabel('Mask pay')).toBeChecked();
	await expect(page.getByTestId('figure-cost-change')).toHaveText('masked');
	await page.getByLabel('Mask pay').uncheck();
	const c = compareStructures(builtIn(A), builtIn(B));
	await expect(page.getByTestId('figure-cost-change')).toHaveText(
		formatMoneyChange(c.annualCostChange)
	);
});

test('keys move back, jump to a number, and Back and Forward retrace the slides', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `${URL_AB}&slide=4`);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'delivery-functions');
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/slide=3$/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/slide=2$/);
	await page.keyboard.press('7');
	await expect(page).toHaveURL(/slide=7$/);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'cost');
	await page.goBack();
	await expect(page).toHaveURL(/slide=2$/);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'problem');
	await page.goForward();
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'cost');
	// The cost slide shows the core's change in full-year cost.
	const c = compareStructures(builtIn(A), builtIn(B));
	await expect(page.getByTestId('figure-cost-change')).toHaveText(
		formatMoneyChange(c.annualCostChange)
	);

	// F asks for full screen; a headless browser may refuse, and the deck carries on either way.
	await page.keyboard.press('f');
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					!!document.fullscreenElement ||
					!!document.querySelector('[role="status"]')?.textContent?.includes('Full screen')
			)
		)
		.toBe(true);
	if (await page.evaluate(() => !!document.fullscreenElement)) await page.keyboard.press('f');

	// Escape leaves for the compare page of the same two structures.
	await page.locator('.slide').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(new RegExp(`/compare\\?a=${A}&b=${B}`));
});

/** The what-if numbers as the core gives them for a structure. */
function measures(a: Structure, s: Structure) {
	const span = spanOfControl(s);
	return {
		ceoSpan: formatNumber(span.ceo.span),
		averageSpan: `1:${formatNumber(span.averageSpan, 1)}`,
		layers: formatNumber(layers(s).count),
		onlyAtCeo: formatNumber(joiningUp(s).onlyAtCeo),
		costChange: formatMoneyChange(compareStructures(a, s).annualCostChange)
	};
}

async function shown(page: Page) {
	const get = async (k: string) => (await page.getByTestId(`metric-${k}`).textContent())?.trim();
	return {
		ceoSpan: await get('ceoSpan'),
		averageSpan: await get('averageSpan'),
		layers: await get('layers'),
		onlyAtCeo: await get('onlyAtCeo'),
		costChange: await get('costChange')
	};
}

test('what if: moving a Managing Director changes the numbers as the core says, and Undo restores them', async ({
	page,
	context
}, testInfo) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, URL_AB);
	await page.keyboard.press('8');
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'what-if');

	const a = builtIn(A);
	const b = builtIn(B);
	const before = measures(a, b);
	await expect.poll(() => shown(page)).toEqual(before);

	// The presenter view, in a second window, follows the moves.
	const presenter = await context.newPage();
	await presenter.setViewportSize({ width: 1600, height: 900 });
	await open(presenter, `/present/presenter?a=${A}&b=${B}&slide=8`);
	await expect(presenter.getByTestId('presenter-title')).toHaveText('What if…?');

	// The room asks: what if City Operations reported to the Chief Executive again?
	await page.getByLabel('Post to move').selectOption('md-city-operations');
	await page.getByLabel('New line manager').selectOption('chief-executive');
	await page.getByRole('button', { name: 'Move post' }).click();

	const moved = structuredClone(b);
	moved.posts.get('md-city-operations')!.reportsTo = 'chief-executive';
	const after = measures(a, moved);
	expect(after.ceoSpan).not.toBe(before.ceoSpan);
	await expect.poll(() => shown(page)).toEqual(after);
	await expect(page.locator('[data-metric="ceoSpan"]')).toContainText(
		`▲ up 1 (was ${before.ceoSpan})`
	);
	await expect.poll(() => shown(presenter)).toEqual(after);
	await page.screenshot({ path: testInfo.outputPath('what-if-moved.png') });

	// Every slide shows the edited structure: the Council Core slide's span too.
	await page.keyboard.press('3');
	await expect(page.getByTestId('figure-ceo-span')).toHaveText(after.ceoSpan);
	await page.keyboard.press('8');

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect.poll(() => shown(page)).toEqual(before);
	await expect.poll(() => shown(presenter)).toEqual(before);

	// Moving a service: into City Housing, and back with Undo.
	await page.getByLabel('Service to move').selectOption('parking');
	await page.getByLabel('Unit to move it into').selectOption('city-housing');
	await page.getByRole('button', { name: 'Move service' }).click();
	await expect(page.getByRole('status').first()).toContainText('Parking');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('keep as scenario saves the moves as a new scenario', async ({ page, request }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `${URL_AB}&slide=8`);
	await page.getByLabel('Post to move').selectOption('md-city-housing');
	await page.getByLabel('New line manager').selectOption('director-city-management');
	await page.getByRole('button', { name: 'Move post' }).click();
	await page.getByRole('button', { name: 'Keep as scenario' }).click();
	await expect(page.getByRole('status').first()).toContainText('Kept as scenario');
	const href = await page.getByRole('link', { name: 'Open it' }).getAttribute('href');
	const id = href!.split('/').pop()!;
	const list = await (await request.get('/api/structures')).json();
	const saved = list.find((s: { id: string }) => s.id === id);
	expect(saved.derivedFrom).toBe(B);
	const stored = await (await request.get(`/api/structures/${id}`)).json();
	const structure = stored.structure ?? stored;
	expect(structure.posts['md-city-housing'].reportsTo).toBe('director-city-management');
});

test('the presenter view shows notes and the next slide, and both windows stay in step', async ({
	page,
	context
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, `${URL_AB}&slide=2`);
	const presenter = await context.newPage();
	await presenter.setViewportSize({ width: 1600, height: 900 });
	await open(presenter, `/present/presenter?a=${A}&b=${B}`);
	// On opening, the presenter view asks the audience window where it is.
	await expect(presenter).toHaveURL(/slide=2$/);
	await expect(presenter.getByTestId('presenter-title')).toHaveText('The problem');
	await expect(presenter.getByTestId('notes')).toContainText(
		'Cabinet report, 19 January 2021, Appendix A section 3'
	);
	await expect(presenter.locator('.next .slide')).toHaveAttribute('data-slide', 'council-core');
	await presenter.screenshot({ path: testInfo.outputPath('presenter.png') });

	// The audience steps; the presenter follows.
	await page.keyboard.press('ArrowRight');
	await expect(presenter).toHaveURL(/slide=3$/);
	// The presenter steps; the audience follows.
	await presenter.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/slide=4$/);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'delivery-functions');
	await presenter.getByRole('button', { name: '← Previous' }).click();
	await expect(page).toHaveURL(/slide=3$/);
});
