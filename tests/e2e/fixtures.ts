/**
 * The browser tests' `test`: every page waits, after goto or reload of an HTML page, until the
 * app has hydrated (the root layout marks <html data-hydrated="true">). A click or a select made
 * on the server-rendered page before hydration is lost, which made form tests flaky under load.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

async function afterHtml(page: Page, response: Awaited<ReturnType<Page['goto']>>) {
	if (response?.headers()['content-type']?.includes('text/html'))
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	return response;
}

/** Makes goto and reload on this page wait for hydration. */
export function waitForHydration(page: Page): void {
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (url, options) => afterHtml(page, await goto(url, options));
	page.reload = async (options) => afterHtml(page, await reload(options));
}

/** The same for every page a context opens (for contexts a test makes itself). */
export function hydrationAware(context: BrowserContext): BrowserContext {
	context.on('page', waitForHydration);
	return context;
}

export const test = base.extend({
	context: async ({ context }, use) => {
		await use(hydrationAware(context));
	}
});
