import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../migrations.ts';

/**
 * The audit trail: append-only (triggers refuse UPDATE and DELETE), each entry chained to the one
 * before by hash = sha256(previous hash + the entry's canonical JSON), so an entry edited or removed
 * directly in the database shows in `verifyChain`. (Removing the newest entries leaves a shorter
 * chain that still verifies: keep backups, and compare the count with one.)
 */

/** Stable keys of what happened; reports and filters rely on them, so never rename one. */
export const AUDIT_ACTIONS = [
	'sign-in',
	'sign-in-failed',
	'sign-out',
	'setup',
	'view',
	'export-pdf',
	'export-csv',
	'export-yaml',
	'save',
	'restore',
	'import',
	'share',
	'user-add',
	'user-change',
	'role-change',
	'password-change',
	'token-create',
	'token-revoke',
	'mark-decision'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it: a user id, or someone not signed in, or the server itself (start-up, the CLI). */
export type Actor = string | 'anonymous' | 'system';

export interface AuditEvent {
	actor: Actor;
	action: AuditAction;
	/** Where the request came from (client address); '' for the command line. */
	address?: string;
	/** What it was done to: `structureId@version`, `structureId`, or a user's email. */
	subject?: string;
	detail?: Record<string, unknown>;
}

export interface AuditEntry {
	seq: number;
	at: string;
	actor: string;
	address: string;
	action: AuditAction;
	subject: string;
	detail: Record<string, unknown>;
	prevHash: string;
	hash: string;
}

interface AuditRow {
	seq: number;
	at: string;
	actor: string;
	address: string;
	action: AuditAction;
	subject: string;
	detail: string;
	prev_hash: string;
	hash: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, r: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
	const row = canonicalJson({
		seq: r.seq,
		at: r.at,
		actor: r.actor,
		address: r.address,
		action: r.action,
		subject: r.subject,
		detail: r.detail
	});
	return createHash('sha256')
		.update(prevHash + row)
		.digest('hex');
}

/** Append an entry; returns it as stored. */
export function record(db: Database.Database, event: AuditEvent, now = new Date()): AuditEntry {
	return db
		.transaction((): AuditEntry => {
			const last = db
				.prepare<[], { seq: number; hash: string }>(
					'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'
				)
				.get();
			const base = {
				seq: (last?.seq ?? 0) + 1,
				at: now.toISOString(),
				actor: event.actor,
				address: event.address ?? '',
				action: event.action,
				subject: event.subject ?? '',
				detail: canonicalJson(event.detail ?? {})
			};
			const prev = last?.hash ?? GENESIS;
			const row: AuditRow = { ...base, prev_hash: prev, hash: entryHash(prev, base) };
			db.prepare(
				`INSERT INTO audit_log (seq, at, actor, address, action, subject, detail, prev_hash, hash)
				 VALUES (@seq, @at, @actor, @address, @action, @subject, @detail, @prev_hash, @hash)`
			).run(row);
			return toEntry(row);
		})
		.immediate();
}

function toEntry(r: AuditRow): AuditEntry {
	let detail: Record<string, unknown>;
	try {
		detail = JSON.parse(r.detail) as Record<string, unknown>;
	} catch {
		detail = { unreadable: r.detail };
	}
	return {
		seq: r.seq,
		at: r.at,
		actor: r.actor,
		address: r.address,
		action: r.action,
		subject: r.subject,
		detail,
		prevHash: r.prev_hash,
		hash: r.hash
	};
}

export interface AuditFilter {
	action?: AuditAction;
	actor?: string;
	/** Entries whose subject starts with this (a structure id matches all its versions). */
	subject?: string;
	/** ISO date-times, inclusive. */
	from?: string;
	to?: string;
	limit?: number;
}

/** Entries, oldest first, matching the filter. */
export function listAudit(db: Database.Database, filter: AuditFilter = {}): AuditEntry[] {
	const where: string[] = [];
	const params: unknown[] = [];
	const add = (clause: string, ...values: unknown[]) => {
		where.push(clause);
		params.push(...values);
	};
	if (filter.action) add('action = ?', filter.action);
	if (filter.actor) add('actor = ?', filter.actor);
	if (filter.subject) add('substr(subject, 1, ?) = ?', filter.subject.length, filter.subject);
	if (filter.from) add('at >= ?', filter.from);
	if (filter.to) add('at <= ?', filter.to);
	const sql =
		'SELECT * FROM audit_log' +
		(where.length ? ` WHERE ${where.join(' AND ')}` : '') +
		' ORDER BY seq' +
		(filter.limit ? ` LIMIT ${Math.max(1, Math.floor(filter.limit))}` : '');
	return (db.prepare(sql).all(...params) as AuditRow[]).map(toEntry);
}

export type ChainCheck =
	{ ok: true; entries: number } | { ok: false; seq: number; problem: string; entries: number };

/** Walk the chain from the first entry; stop at the first entry that does not hold. */
export function verifyChain(db: Database.Database): ChainCheck {
	let prev = GENESIS;
	let expectedSeq = 1;
	let entries = 0;
	for (const r of db
		.prepare('SELECT * FROM audit_log ORDER BY seq')
		.iterate() as Iterable<AuditRow>) {
		entries++;
		if (r.seq !== expectedSeq) {
			return {
				ok: false,
				seq: expectedSeq,
				entries,
				problem:
					r.seq > expectedSeq
						? `entry ${expectedSeq} has been removed (the next entry is ${r.seq})`
						: `entry ${r.seq} is out of order`
			};
		}
		if (r.prev_hash !== prev) {
			return {
				ok: false,
				seq: r.seq,
				entries,
				problem: `entry ${r.seq} does not follow the entry before it: that one was altered or removed`
			};
		}
		if (entryHash(prev, r) !== r.hash) {
			return { ok: false, seq: r.seq, entries, problem: `entry ${r.seq} has been altered` };
		}
		prev = r.hash;
		expectedSeq++;
	}
	return { ok: true, entries };
}
