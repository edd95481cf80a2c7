/**
 * A small pool of worker threads (piscina) for the work that would otherwise hold every other
 * request up: reading, checking and building an import, and summarising a large structure for a
 * listing. Only plain data crosses to a worker and back (structured clone).
 *
 * The worker is the bundle build/workers/worker.js, which `npm run build` makes (see
 * scripts/build-workers.js) after Vite has built the app. Where no bundle is found beside the
 * running code (under `vite dev`, and in unit tests) the same tasks run in-process instead, on
 * the request thread: correct, only not concurrent. COUNCIL_DESIGN_WORKERS=off forces that.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { tasks, type TaskArgs, type TaskName, type TaskResult } from './tasks.ts';

let pool: Piscina | null | undefined;

/** build/workers/worker.js, looked for from the bundled server code (build/server/chunks/…) upwards. */
export function workerFile(from = fileURLToPath(import.meta.url)): string | undefined {
	let dir = dirname(from);
	for (let up = 0; up < 6; up++) {
		const file = join(dir, 'workers', 'worker.js');
		if (existsSync(file)) return file;
		dir = dirname(dir);
	}
	return undefined;
}

function getPool(): Piscina | null {
	if (pool !== undefined) return pool;
	const file = process.env.COUNCIL_DESIGN_WORKERS === 'off' ? undefined : workerFile();
	// One thread fewer than the cores, so the request thread keeps one; at least one.
	const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
	pool = file
		? new Piscina({ filename: file, minThreads: 0, maxThreads: threads, idleTimeout: 30_000 })
		: null;
	return pool;
}

/** Where tasks run: 'workers' (the pool) or 'in-process' (no worker bundle found). */
export function taskMode(): 'workers' | 'in-process' {
	return getPool() ? 'workers' : 'in-process';
}

/** Run a task of tasks.ts on a worker thread (or in-process where there is no pool). */
export async function runTask<K extends TaskName>(
	task: K,
	args: TaskArgs<K>
): Promise<TaskResult<K>> {
	const p = getPool();
	if (!p) return (await (tasks[task] as (a: TaskArgs<K>) => unknown)(args)) as TaskResult<K>;
	return (await p.run({ task, args })) as TaskResult<K>;
}
