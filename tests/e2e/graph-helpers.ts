/**
 * Driving the graph of a large establishment (drawn by unit) in browser tests: its test hooks
 * (OrgGraph's exposeForTests on the canvas), waiting for it to be drawn and settled, and finding
 * the box of a unit by its name. Shared by large-graph.spec.ts and apply-option.spec.ts.
 */
import { expect, type Page } from '@playwright/test';

export type GraphHooks = {
	labelOf(id: string): string | undefined;
	labelPx(id: string): number | undefined;
	isHighlighted(id: string): boolean;
	drawnNodes(): string[];
	elementCount(): number;
	nodeBox(id: string): { x: number; y: number; w: number; h: number } | undefined;
};

/** Calls one of the graph's test hooks (OrgGraph's exposeForTests) in the page. */
export function hook<K extends keyof GraphHooks>(
	page: Page,
	name: K,
	arg = ''
): Promise<ReturnType<GraphHooks[K]>> {
	return page
		.locator('.graph .canvas')
		.evaluate((el, [n, a]) => (el as unknown as Record<string, (x: string) => unknown>)[n](a), [
			name,
			arg
		] as const) as Promise<ReturnType<GraphHooks[K]>>;
}

/** Open a structure's graph page (its address) and wait until the graph is drawn. */
export async function openGraph(page: Page, address: string) {
	await page.goto(address);
	await expect(page.locator('.graph[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

export async function settled(page: Page) {
	await expect(page.locator('[data-pending="0"]')).toBeAttached();
	await page.waitForTimeout(400);
}

/** The unit id the import gave a directorate, read from the closed units' list. */
export async function unitIdOf(page: Page, name: string): Promise<string> {
	const drawn = await hook(page, 'drawnNodes');
	for (const node of drawn) {
		const label = await hook(page, 'labelOf', node);
		if (label?.split('\n')[0] === name) return node.slice('unit:'.length);
	}
	throw new Error(`no box for ${name}`);
}
