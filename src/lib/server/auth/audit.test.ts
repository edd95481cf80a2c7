import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, auditCsv } from './auditCsv.ts';
import { listAudit, record, verifyChain } from './audit.ts';
import { testDatabase } from './testDb.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

function three() {
	t = testDatabase();
	const at = new Date('2026-12-03T09:00:00Z');
	record(
		t.db,
		{ actor: 'u1', action: 'sign-in', address: '10.0.0.5', subject: 'ann@council.gov.uk' },
		at
	);
	record(
		t.db,
		{
			actor: 'u1',
			action: 'save',
			address: '10.0.0.5',
			subject: 'option-a@2',
			detail: { basedOn: 1 }
		},
		at
	);
	record(
		t.db,
		{ actor: 'u1', action: 'export-pdf', address: '10.0.0.5', subject: 'option-a@2' },
		at
	);
}

describe('the audit trail', () => {
	it('record chains each entry to the one before and verifyChain accepts an untouched chain', () => {
		three();
		const entries = listAudit(t.db);
		expect(entries.map((e) => [e.seq, e.action, e.subject])).toEqual([
			[1, 'sign-in', 'ann@council.gov.uk'],
			[2, 'save', 'option-a@2'],
			[3, 'export-pdf', 'option-a@2']
		]);
		expect(entries[0].prevHash).toBe('0'.repeat(64));
		expect(entries[1].prevHash).toBe(entries[0].hash);
		expect(entries[2].prevHash).toBe(entries[1].hash);
		expect(entries[1].detail).toEqual({ basedOn: 1 });
		expect(verifyChain(t.db)).toEqual({ ok: true, entries: 3 });
	});

	it('the database refuses to update or delete an entry', () => {
		three();
		expect(() => t.db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(
			/never changed/
		);
		expect(() => t.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(
			/never deleted/
		);
	});

	it('verifyChain names an entry altered behind the triggers’ back', () => {
		three();
		t.db.exec('DROP TRIGGER audit_log_never_updated');
		t.db.prepare(`UPDATE audit_log SET detail = '{"basedOn":0}' WHERE seq = 2`).run();
		expect(verifyChain(t.db)).toMatchObject({
			ok: false,
			seq: 2,
			problem: 'entry 2 has been altered'
		});
	});

	it('verifyChain names a removed entry, even when the rest were re-hashed around the gap', () => {
		three();
		t.db.exec('DROP TRIGGER audit_log_never_deleted');
		t.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
		expect(verifyChain(t.db)).toMatchObject({
			ok: false,
			seq: 2,
			problem: 'entry 2 has been removed (the next entry is 3)'
		});
	});

	it('verifyChain notices an entry whose predecessor was swapped for a forged one', () => {
		three();
		t.db.exec('DROP TRIGGER audit_log_never_updated');
		// Forge entry 1 with a consistent hash of its own: entry 2 no longer follows it.
		t.db.prepare('UPDATE audit_log SET hash = ? WHERE seq = 1').run('f'.repeat(64));
		expect(verifyChain(t.db)).toMatchObject({ ok: false, seq: 1 });
	});

	it('listAudit filters by action, actor and subject prefix', () => {
		three();
		record(t.db, { actor: 'u2', action: 'view', subject: 'option-b@1' });
		expect(listAudit(t.db, { action: 'save' }).map((e) => e.seq)).toEqual([2]);
		expect(listAudit(t.db, { actor: 'u2' }).map((e) => e.seq)).toEqual([4]);
		expect(listAudit(t.db, { subject: 'option-a' }).map((e) => e.seq)).toEqual([2, 3]);
		expect(listAudit(t.db, { limit: 1 }).map((e) => e.seq)).toEqual([1]);
	});
});

describe('auditCsv', () => {
	it('auditCsv writes one row an entry, with the actor’s email where known and the hashes', () => {
		three();
		const entries = listAudit(t.db);
		const rows = Papa.parse<string[]>(auditCsv(entries, { u1: 'ann@council.gov.uk' }).trim()).data;
		expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
		expect(rows[2]).toEqual([
			'2',
			'2026-12-03T09:00:00.000Z',
			'ann@council.gov.uk',
			'10.0.0.5',
			'save',
			'option-a@2',
			'{"basedOn":1}',
			entries[1].hash,
			entries[0].hash
		]);
	});
});
