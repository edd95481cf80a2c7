import { toCsv } from '../../model/toCsv.ts';
import type { AuditEntry } from './audit.ts';

export const AUDIT_CSV_COLUMNS = [
	'Entry',
	'Time (UTC)',
	'Who',
	'From address',
	'What',
	'Subject',
	'Detail',
	'Hash',
	'Previous hash'
] as const;

/**
 * The audit trail as CSV for the administrator's download, with each entry's hashes so the file
 * can be checked against the database later. `names` turns user ids into emails where known.
 */
export function auditCsv(entries: AuditEntry[], names: Record<string, string> = {}): string {
	return toCsv(
		AUDIT_CSV_COLUMNS,
		entries.map((e) => [
			e.seq,
			e.at,
			names[e.actor] ?? e.actor,
			e.address,
			e.action,
			e.subject,
			JSON.stringify(e.detail),
			e.hash,
			e.prevHash
		])
	);
}
