/**
 * Shared by the edit-*.spec.ts browser tests. For those that save: the real production server
 * (`node build`) in its own process, on a free port and a fresh database, so the scenarios they
 * save never change what other specs see in the shared server's library. And dragging a post on
 * the graph, at the position cytoscape drew it (OrgGraph exposes `nodeBox` on its canvas).
 */
import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
	url: string;
	dataDir: string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

export async function startServer(): Promise<TestServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'council-edit-e2e-'));
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: url },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`the server stopped: ${stderr}`);
		try {
			if ((await fetch(`${url}/api/structures`)).ok) {
				return {
					url,
					dataDir,
					stop: () =>
						new Promise<void>((done) => {
							const cleanUp = () => {
								rmSync(dataDir, { recursive: true, force: true });
								done();
							};
							if (child.exitCode !== null || child.signalCode !== null) return cleanUp();
							child.once('exit', cleanUp);
							child.kill('SIGTERM');
						})
				};
			}
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not start: ${stderr}`);
}

/** How many structures the server's library lists. */
export async function libraryCount(url: string): Promise<number> {
	const res = await fetch(`${url}/api/structures`);
	return ((await res.json()) as unknown[]).length;
}

/** Where a node is drawn, in page coordinates (its centre), from the cytoscape instance. */
export async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
	const canvas = page.locator('.graph[data-ready="true"] .canvas').first();
	const box = (await canvas.boundingBox())!;
	const node = await canvas.evaluate(
		(el, nodeId) =>
			(el as unknown as { nodeBox(id: string): { x: number; y: number } | undefined }).nodeBox(
				nodeId
			),
		id
	);
	expect(node, `node ${id} is drawn`).toBeTruthy();
	return { x: box.x + node!.x, y: box.y + node!.y };
}

/** Press the mouse on a post, move it in steps onto another post, and let go. */
export async function dragPostOnto(page: Page, postId: string, targetId: string): Promise<void> {
	const graph = page.locator('.graph[data-ready="true"]').first();
	await graph.scrollIntoViewIfNeeded();
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
