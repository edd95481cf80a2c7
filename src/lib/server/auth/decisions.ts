import type Database from 'better-sqlite3';
import { record, type Actor } from './audit.ts';
import { AccountError } from './users.ts';

/**
 * Decision marks: "version 4 of this option is as presented to the JNC panel on 3 December 2026".
 * A mark is never changed or removed (triggers refuse it), and the version it marks never changes
 * either (versions are append-only), so the record of what a panel saw stays true.
 */
export interface DecisionMark {
	structureId: string;
	version: number;
	/** Who it was presented to: "the JNC panel". */
	body: string;
	/** YYYY-MM-DD */
	decidedOn: string;
	markedBy: string;
	markedAt: string;
}

interface MarkRow {
	structure_id: string;
	version: number;
	body: string;
	decided_on: string;
	marked_by: string;
	marked_at: string;
}
const toMark = (r: MarkRow): DecisionMark => ({
	structureId: r.structure_id,
	version: r.version,
	body: r.body,
	decidedOn: r.decided_on,
	markedBy: r.marked_by,
	markedAt: r.marked_at
});

export function markDecision(
	db: Database.Database,
	input: {
		structureId: string;
		version: number;
		decidedOn: string;
		body?: string;
		by: Actor;
		address?: string;
	},
	now = new Date()
): DecisionMark {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(input.decidedOn) || Number.isNaN(Date.parse(input.decidedOn)))
		throw new AccountError('The date must be a date, as YYYY-MM-DD.');
	const row: MarkRow = {
		structure_id: input.structureId,
		version: input.version,
		body: input.body?.trim() || 'the JNC panel',
		decided_on: input.decidedOn,
		marked_by: input.by,
		marked_at: now.toISOString()
	};
	return db.transaction(() => {
		if (
			!db
				.prepare('SELECT 1 FROM versions WHERE structure_id = ? AND version = ?')
				.get(row.structure_id, row.version)
		)
			throw new AccountError(`There is no version ${row.version} of ${row.structure_id}.`);
		const existing = decisionMark(db, row.structure_id, row.version);
		if (existing)
			throw new AccountError(
				`Version ${row.version} is already marked ${decisionWords(existing)}; a mark is never changed.`
			);
		db.prepare(
			`INSERT INTO decision_marks (structure_id, version, body, decided_on, marked_by, marked_at)
			 VALUES (@structure_id, @version, @body, @decided_on, @marked_by, @marked_at)`
		).run(row);
		record(
			db,
			{
				actor: input.by,
				action: 'mark-decision',
				address: input.address,
				subject: `${row.structure_id}@${row.version}`,
				detail: { body: row.body, decidedOn: row.decided_on }
			},
			now
		);
		return toMark(row);
	})();
}

export function decisionMark(
	db: Database.Database,
	structureId: string,
	version: number
): DecisionMark | undefined {
	const r = db
		.prepare<[string, number], MarkRow>(
			'SELECT * FROM decision_marks WHERE structure_id = ? AND version = ?'
		)
		.get(structureId, version);
	return r && toMark(r);
}

export function decisionMarks(db: Database.Database, structureId: string): DecisionMark[] {
	return db
		.prepare<[string], MarkRow>(
			'SELECT * FROM decision_marks WHERE structure_id = ? ORDER BY version'
		)
		.all(structureId)
		.map(toMark);
}

/** "as presented to the JNC panel on 3 December 2026" */
export function decisionWords(m: Pick<DecisionMark, 'body' | 'decidedOn'>): string {
	const date = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${m.decidedOn}T00:00:00Z`));
	return `as presented to ${m.body} on ${date}`;
}
