import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from './store';

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
		try {
			expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
			const rows = db
				.prepare('SELECT version, document FROM versions WHERE structure_id = ? ORDER BY version')
				.all(id) as { version: number; document: string }[];
			// Versions run 1, 2, 3… with no gap, and include every acknowledged one (the kill may
			// land after a commit and before its ACK was printed, so there may be one more).
			expect(rows.map((r) => r.version)).toEqual(rows.map((_, i) => i + 1));
			const last = acked[acked.length - 1];
			expect(rows.length === last || rows.length === last + 1).toBe(true);
			for (const v of acked) {
				const doc = JSON.parse(rows[v - 1].document);
				expect(doc.posts.dn.title).toBe(v === 1 ? 'Director of Neighbourhoods' : `Title ${v}`);
			}
		} finally {
			db.close();
		}
	}, 60_000);
});
