/**
 * Shared by the edit-*.spec.ts browser tests. For those that save: the real production server
 * (`node server.js`) in its own process, on a free port and a fresh database, so the scenarios they
 * save never change what other specs see in the shared server's library. And dragging a post on
 * the graph, at the position cytoscape drew it (OrgGraph exposes `nodeBox` on its canvas).
 */
import { expect, type Page } from '@playwright/test';

import type { TestServer } from '../support/server.ts';

export { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';

/** How many structures the server's library lists (to its administrator). */
export async function libraryCount(server: TestServer): Promise<number> {
	const res = await server.fetch('/api/structures');
	return ((await res.json()) as unknown[]).length;
}

/** Where a node is drawn, in page coordinates (its centre), from the cytoscape instance. */
export async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
	const canvas = page.locator('.graph[data-ready="true"] .canvas').first();
	const box = (await canvas.boundingBox())!;
	const node = await nodeOnCanvas(page, id);
	return { x: box.x + node.x, y: box.y + node.y };
}

/** Where a node is drawn on the graph's own canvas (unmoved by anything above it on the page). */
export async function nodeOnCanvas(page: Page, id: string): Promise<{ x: number; y: number }> {
	const canvas = page.locator('.graph[data-ready="true"] .canvas').first();
	const node = await canvas.evaluate(
		(el, nodeId) =>
			(el as unknown as { nodeBox(id: string): { x: number; y: number } | undefined }).nodeBox(
				nodeId
			),
		id
	);
	expect(node, `node ${id} is drawn`).toBeTruthy();
	return node!;
}

/**
 * Press the mouse on a post, move it in steps onto another post, and let go. The graph opens at a
 * readable size showing its top, so "Fit all" first brings both posts into view.
 */
export async function dragPostOnto(page: Page, postId: string, targetId: string): Promise<void> {
	const graph = page.locator('.graph[data-ready="true"]').first();
	await graph.scrollIntoViewIfNeeded();
	await graph.getByRole('button', { name: 'Fit all' }).click();
	const from = await nodeCentre(page, postId);
	const to = await nodeCentre(page, targetId);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	const steps = 10;
	for (let i = 1; i <= steps; i++) {
		await page.mouse.move(
			from.x + ((to.x - from.x) * i) / steps,
			from.y + ((to.y - from.y) * i) / steps
		);
	}
	await page.mouse.up();
}
