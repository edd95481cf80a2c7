import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command, as `npm run --silent admin -- …` runs it, on a database of its own.
const dataDir = mkdtempSync(join(tmpdir(), 'council-design-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function admin(args: string[], input = '') {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
		env: { ...process.env, DATA_DIR: dataDir },
		input,
		encoding: 'utf8'
	});
	return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

describe('admin account commands', () => {
	it('add-user, token, audit --json and audit --verify, then --verify catches an entry altered in the database', () => {
		expect(
			admin(
				['add-user', 'Ann@Council.gov.uk', '--role', 'admin', '--can-see-pay'],
				'a long first password\n'
			)
		).toEqual({
			code: 0,
			out: 'Added ann@council.gov.uk as admin, who can see pay.',
			err: ''
		});
		expect(admin(['add-user', 'vic@council.gov.uk', '--role', 'viewer']).out).toBe(
			'Added vic@council.gov.uk as viewer, without a password (single sign-on only).'
		);
		const bad = admin(['add-user', 'bo@council.gov.uk', '--role', 'owner']);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('add-user EMAIL --role admin|editor|viewer');
		expect(
			admin(['add-user', 'ann@council.gov.uk', '--role', 'viewer'], 'another long password').err
		).toBe('There is already an account for ann@council.gov.uk.');

		const token = admin(['token', 'ann@council.gov.uk', '--name', 'nightly']);
		expect(token.code).toBe(0);
		expect(token.out).toMatch(/^cdt_[A-Za-z0-9_-]{43}$/);

		const entries = JSON.parse(admin(['audit', '--json']).out) as {
			seq: number;
			action: string;
			actor: string;
			subject: string;
		}[];
		expect(entries.map((e) => [e.seq, e.action, e.actor, e.subject])).toEqual([
			[1, 'user-add', 'system', 'ann@council.gov.uk'],
			[2, 'user-add', 'system', 'vic@council.gov.uk'],
			[3, 'token-create', 'system', 'ann@council.gov.uk']
		]);
		expect(admin(['audit', '--verify'])).toEqual({
			code: 0,
			out: 'The audit trail is whole: 3 entries, each following the one before.',
			err: ''
		});

		// Someone with the database file makes Vic an administrator in the trail.
		const db = new Database(join(dataDir, 'council-design.sqlite'));
		db.exec('DROP TRIGGER audit_log_never_updated');
		db.prepare(
			`UPDATE audit_log SET detail = json_set(detail, '$.role', 'admin') WHERE seq = 2`
		).run();
		db.close();
		expect(admin(['audit', '--verify'])).toEqual({
			code: 1,
			out: '',
			err: 'The audit trail has been tampered with: entry 2 has been altered.'
		});
	}, 60_000);
});
