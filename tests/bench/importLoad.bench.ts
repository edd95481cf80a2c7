/**
 * A small page's p99 while an 11,000-post import runs: the built server (`node server.js`, via
 * tests/support/server.ts) imports a generated 11,000-post CSV through POST /api/import, again and
 * again, while 50 GETs of /api/structures are timed one after another. The same with the worker
 * pool turned off (COUNCIL_DESIGN_WORKERS=off: the import on the request thread, as before the
 * pool) says what the pool buys. Goal (issue 9): p99 under 200 ms. Needs `npm run build` first.
 */
import { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';
import { generateHrExport, toCsv } from '../support/hrExport.ts';
import { percentile } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

/**
 * fetch, tried once more when a kept-alive connection was closed under it (the server closes idle
 * connections after 5 s, and a blocked server closes them late, racing the next request).
 */
async function fetchAgain(server: TestServer, url: string, init?: RequestInit): Promise<Response> {
	try {
		return await server.fetch(url, init);
	} catch {
		return server.fetch(url, init);
	}
}

/** Signed in as the server's administrator (server.fetch adds the API token). */
async function timedGets(server: TestServer, count: number): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const start = performance.now();
		const res = await fetchAgain(server, '/api/structures');
		await res.arrayBuffer();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b);
}

export async function measureUnderImport(
	csv: string,
	env: Record<string, string> = {},
	gets = 50
): Promise<{ idle: number[]; busy: number[]; imports: number; importMs: number[] }> {
	const server = await startServer({ env, people: [TEST_ADMIN] });
	try {
		await timedGets(server, 5);
		const idle = await timedGets(server, gets);
		let done = false;
		let imports = 0;
		const importMs: number[] = [];
		const importing = (async () => {
			while (!done) {
				const start = performance.now();
				const res = await fetchAgain(server, `/api/import?file=council-${imports}.csv`, {
					method: 'POST',
					headers: { 'content-type': 'text/csv', origin: server.url },
					body: csv
				});
				if (res.status !== 201) throw new Error(`import answered ${res.status}`);
				importMs.push(performance.now() - start);
				imports++;
			}
		})();
		// Let the first import get going before timing.
		await new Promise((r) => setTimeout(r, 30));
		const busy = await timedGets(server, gets);
		done = true;
		await importing;
		return { idle, busy, imports, importMs: importMs.sort((a, b) => a - b) };
	} catch (e) {
		throw new Error(`${(e as Error).message}; the server said: ${server.stderr()}`, { cause: e });
	} finally {
		await server.stop();
	}
}

async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
	const csv = toCsv(generateHrExport({ posts: 11_000, seed: 1 }));
	const results: BenchResult[] = [];
	for (const [label, env] of [
		['worker pool', {}],
		['in-process (pool off)', { COUNCIL_DESIGN_WORKERS: 'off' }]
	] as const) {
		// In-process, each GET waits out a whole import (seconds), so fewer are timed.
		const m = await measureUnderImport(
			csv,
			env,
			quick ? 10 : 'COUNCIL_DESIGN_WORKERS' in env ? 10 : 50
		);
		const row = (name: string, times: number[], extra: Partial<BenchResult> = {}) => ({
			section: 'server',
			name,
			size: 11_000,
			unit: 'ms' as const,
			median: percentile(times, 0.5),
			p95: percentile(times, 0.95),
			min: times[0],
			runs: times.length,
			...extra
		});
		const p99 = (times: number[]) => ({ median: percentile(times, 0.99), p95: undefined });
		results.push(
			row(`GET /api/structures, idle (${label})`, m.idle),
			row(`  p99 of the same`, m.idle, p99(m.idle)),
			row(`GET /api/structures while 11k CSV imports run (${label})`, m.busy, {
				note: `${m.imports} import${m.imports === 1 ? '' : 's'} ran, each ${Math.round(percentile(m.importMs, 0.5))} ms (median)`
			}),
			row(`  p99 of the same`, m.busy, {
				...p99(m.busy),
				...(label === 'worker pool' ? { target: 200 } : {})
			})
		);
	}
	return results;
}

export const importLoadSection: BenchSection = {
	id: 'server',
	title: "a small page's p99 while an 11,000-post import runs",
	run
};
