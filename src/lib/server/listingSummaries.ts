import { runTask } from './workers/pool.ts';
import { getStore } from './store.ts';

/**
 * The listing (`listStructures`) summarises each structure's latest version the first time it is
 * listed. For a whole-council establishment that is a parse and every measure of 11,000 posts, so
 * before listing, the summaries of large documents not yet known are worked out on a worker thread
 * and handed to the store; small ones are left to the store, where they cost well under a
 * millisecond. Only versions stored whole are sent (a version kept as a delta is rebuilt by the
 * store, which then summarises it itself).
 */
const LARGE = 256 * 1024;
const pending = new Map<string, Promise<void>>();

export async function summariseLargeOffThread(): Promise<void> {
	const store = getStore();
	const rows = store.db
		.prepare<[], { id: string; version: number; size: number }>(
			`SELECT v.structure_id AS id, v.version, length(v.document) AS size FROM versions v
			 WHERE v.version = (SELECT MAX(version) FROM versions WHERE structure_id = v.structure_id)
			   AND v.delta_base IS NULL`
		)
		.all();
	const waits: Promise<void>[] = [];
	for (const r of rows) {
		if (r.size < LARGE || store.summaries.get(r.id)?.version === r.version) continue;
		const key = `${r.id}@${r.version}`;
		let job = pending.get(key);
		if (!job) {
			const json = store.db
				.prepare<[string, number], { document: string }>(
					'SELECT document FROM versions WHERE structure_id = ? AND version = ?'
				)
				.get(r.id, r.version)!.document;
			job = runTask('summariseDocument', { json })
				.then((summary) => {
					// A newer version may have been summarised meanwhile; keep the newest.
					if ((store.summaries.get(r.id)?.version ?? 0) <= r.version)
						store.summaries.set(r.id, { version: r.version, summary });
				})
				.finally(() => pending.delete(key));
			pending.set(key, job);
		}
		waits.push(job);
	}
	await Promise.all(waits);
}
