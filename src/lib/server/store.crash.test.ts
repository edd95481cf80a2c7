import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentHash } from './migrations';
import { toDocument } from '../model/structureDocument';
import { DATABASE_FILE, createStore } from './store';

const dir = mkdtempSync(join(tmpdir(), 'council-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `acks` saves, then kills it with SIGKILL. */
function runAndKill(acks: number): Promise<{ id: string; acked: number[]; signal: string | null }> {
	return new Promise((done, fail) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', resolve('src/lib/testing/storeCrashWriter.ts'), dir],
			{ stdio: ['ignore', 'pipe', 'pipe'] }
		);
		const acked: number[] = [];
		let id = '';
		let buffer = '';
		let stderr = '';
		let killed = false;
		child.stderr.on('data', (d) => (stderr += d));
		child.stdout.on('data', (d) => {
			buffer += d;
			const lines = buffer.split('\n');
			buffer = lines.pop()!;
			for (const line of lines) {
				if (line.startsWith('ID ')) id = line.slice(3);
				if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
			}
			if (!killed && acked.length >= acks) {
				killed = true;
				child.kill('SIGKILL');
			}
		});
		child.on('error', fail);
		child.on('exit', (_code, signal) => {
			if (!killed) fail(new Error(`writer stopped before it was killed: ${stderr}`));
			else done({ id, acked, signal });
		});
	});
}

describe('durability', () => {
	it('every version acknowledged before a kill -9 is intact, and the database is sound', async () => {
		const { id, acked, signal } = await runAndKill(60);
		expect(signal).toBe('SIGKILL');
		expect(acked.length).toBeGreaterThanOrEqual(60);
		const db = new Database(join(dir, DATABASE_FILE));
		let rows: { version: number; document_hash: string; delta_base: number | null }[];
		try {
			expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
			rows = db
				.prepare(
					'SELECT version, document_hash, delta_base FROM versions WHERE structure_id = ? ORDER BY version'
				)
				.all(id) as typeof rows;
		} finally {
			db.close();
		}
		// Versions run 1, 2, 3… with no gap, and include every acknowledged one (the kill may
		// land after a commit and before its ACK was printed, so there may be one more).
		expect(rows.map((r) => r.version)).toEqual(rows.map((_, i) => i + 1));
		const last = acked[acked.length - 1];
		expect(rows.length === last || rows.length === last + 1).toBe(true);
		// Most versions are deltas against the one before; each still reads back whole, and as the
		// very document that was saved (its hash).
		expect(rows.filter((r) => r.delta_base !== null).length).toBeGreaterThan(rows.length / 2);
		const store = createStore({ dataDir: dir, seed: false });
		try {
			for (const v of acked) {
				const doc = store.getStructure(id, v)!.structure;
				expect(doc.posts.get('dn')!.title).toBe(
					v === 1 ? 'Director of Neighbourhoods' : `Title ${v}`
				);
				expect(documentHash(toDocument(doc))).toBe(rows[v - 1].document_hash);
			}
		} finally {
			store.close();
		}
	}, 60_000);
});
