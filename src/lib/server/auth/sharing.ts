import type Database from 'better-sqlite3';
import { record, type Actor } from './audit.ts';
import { AccountError } from './users.ts';

/**
 * Who may see a saved structure: private (its owner only), shared (its owner and the people and
 * groups granted view or edit), or everyone signed in (grants then add edit). Built-in models have
 * no sharing row: every signed-in person reads them and nobody edits them.
 */
export type Visibility = 'private' | 'shared' | 'everyone';
export type Access = 'view' | 'edit';
export interface Grant {
	kind: 'user' | 'group';
	id: string;
	access: Access;
}
export interface Sharing {
	structureId: string;
	/** Absent for scenarios saved before accounts existed, until an administrator gives one. */
	ownerId?: string;
	visibility: Visibility;
	grants: Grant[];
}

const VISIBILITIES: readonly Visibility[] = ['private', 'shared', 'everyone'];

/** A new scenario belongs to whoever saved or imported it, private to them. */
export function setOwner(db: Database.Database, structureId: string, ownerId: string | null): void {
	db.prepare(
		`INSERT INTO structure_sharing (structure_id, owner_id, visibility) VALUES (?, ?, 'private')
		 ON CONFLICT (structure_id) DO UPDATE SET owner_id = excluded.owner_id`
	).run(structureId, ownerId);
}

export function getSharing(db: Database.Database, structureId: string): Sharing | undefined {
	const row = db
		.prepare<[string], { owner_id: string | null; visibility: Visibility }>(
			'SELECT owner_id, visibility FROM structure_sharing WHERE structure_id = ?'
		)
		.get(structureId);
	if (!row) return undefined;
	const grants = db
		.prepare<[string], { grantee_kind: 'user' | 'group'; grantee_id: string; access: Access }>(
			`SELECT grantee_kind, grantee_id, access FROM structure_grants WHERE structure_id = ?
			 ORDER BY grantee_kind, grantee_id`
		)
		.all(structureId)
		.map((g) => ({ kind: g.grantee_kind, id: g.grantee_id, access: g.access }));
	return { structureId, ownerId: row.owner_id ?? undefined, visibility: row.visibility, grants };
}

/**
 * Change who may see a structure: its visibility, grants to add or change, grants to take away.
 * Granting on a private structure makes it shared. The caller checks `rightsOn(...).share` first.
 * Records `share` with the sharing as it now is.
 */
export function updateSharing(
	db: Database.Database,
	input: {
		structureId: string;
		visibility?: Visibility;
		grant?: Grant[];
		revoke?: { kind: 'user' | 'group'; id: string }[];
		by: Actor;
		address?: string;
	}
): Sharing {
	if (input.visibility && !VISIBILITIES.includes(input.visibility))
		throw new AccountError('Visibility must be private, shared or everyone.');
	return db.transaction(() => {
		const built = db
			.prepare<[string], { built_in: number }>('SELECT built_in FROM structures WHERE id = ?')
			.get(input.structureId);
		if (!built) throw new AccountError(`There is no structure ${input.structureId}.`);
		if (built.built_in) throw new AccountError('Built-in models are open to everyone signed in.');
		db.prepare(
			`INSERT OR IGNORE INTO structure_sharing (structure_id, owner_id, visibility) VALUES (?, NULL, 'private')`
		).run(input.structureId);
		for (const g of input.grant ?? []) {
			if (g.access !== 'view' && g.access !== 'edit')
				throw new AccountError('A grant is view or edit.');
			db.prepare(
				`INSERT INTO structure_grants (structure_id, grantee_kind, grantee_id, access) VALUES (?, ?, ?, ?)
				 ON CONFLICT DO UPDATE SET access = excluded.access`
			).run(input.structureId, g.kind, g.id, g.access);
		}
		for (const g of input.revoke ?? [])
			db.prepare(
				'DELETE FROM structure_grants WHERE structure_id = ? AND grantee_kind = ? AND grantee_id = ?'
			).run(input.structureId, g.kind, g.id);
		let visibility = input.visibility;
		if (!visibility && input.grant?.length) {
			const now = getSharing(db, input.structureId)!;
			if (now.visibility === 'private') visibility = 'shared';
		}
		if (visibility)
			db.prepare('UPDATE structure_sharing SET visibility = ? WHERE structure_id = ?').run(
				visibility,
				input.structureId
			);
		const after = getSharing(db, input.structureId)!;
		record(db, {
			actor: input.by,
			action: 'share',
			address: input.address,
			subject: input.structureId,
			detail: { visibility: after.visibility, grants: after.grants }
		});
		return after;
	})();
}
