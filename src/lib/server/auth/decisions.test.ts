import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import { decisionMarks, decisionWords, markDecision } from './decisions.ts';
import { addStructure, testDatabase } from './testDb.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

describe('decision marks', () => {
	it('markDecision marks a version as presented to the JNC panel on a date, in words', () => {
		t = testDatabase();
		addStructure(t.db, 'option-a', false, 3);
		const m = markDecision(t.db, {
			structureId: 'option-a',
			version: 2,
			decidedOn: '2026-12-03',
			by: 'u1'
		});
		expect(decisionWords(m)).toBe('as presented to the JNC panel on 3 December 2026');
		expect(decisionMarks(t.db, 'option-a').map((x) => x.version)).toEqual([2]);
		expect(listAudit(t.db, { action: 'mark-decision' })[0].subject).toBe('option-a@2');
	});

	it('a mark is never changed or removed, and a version is marked once', () => {
		t = testDatabase();
		addStructure(t.db, 'option-a', false, 2);
		markDecision(t.db, { structureId: 'option-a', version: 1, decidedOn: '2026-12-03', by: 'u1' });
		expect(() =>
			markDecision(t.db, { structureId: 'option-a', version: 1, decidedOn: '2027-01-10', by: 'u1' })
		).toThrow(/already marked as presented to the JNC panel on 3 December 2026/);
		expect(() => t.db.prepare("UPDATE decision_marks SET decided_on = '2027-01-10'").run()).toThrow(
			/never changed/
		);
		expect(() => t.db.prepare('DELETE FROM decision_marks').run()).toThrow(/never removed/);
	});

	it('refuses a version that does not exist and a date that is not one', () => {
		t = testDatabase();
		addStructure(t.db, 'option-a');
		expect(() =>
			markDecision(t.db, { structureId: 'option-a', version: 9, decidedOn: '2026-12-03', by: 'u1' })
		).toThrow(/no version 9/);
		expect(() =>
			markDecision(t.db, { structureId: 'option-a', version: 1, decidedOn: '3/12/2026', by: 'u1' })
		).toThrow(/YYYY-MM-DD/);
	});
});
