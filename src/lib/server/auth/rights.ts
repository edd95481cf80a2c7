import type Database from 'better-sqlite3';
import type { Access, Visibility } from './sharing.ts';
import type { User } from './users.ts';

/**
 * What a person may do with a structure. A viewer reads what is shared with them (or with a group
 * they are in) and what is open to everyone; an editor also edits what they own or were granted
 * edit on; an administrator reads, edits and shares everything. Built-in models are read by all
 * signed-in people and edited by none (saving an edited one makes a scenario: `canCreateStructures`).
 * No one signed in, a disabled account, or an unknown structure: no rights at all, and callers
 * answer 404 so that nobody learns a structure they cannot read exists.
 */
export interface Rights {
	read: boolean;
	edit: boolean;
	share: boolean;
}

const NONE: Rights = Object.freeze({ read: false, edit: false, share: false });

interface Facts {
	built_in: number;
	owner_id: string | null;
	visibility: Visibility | null;
	/** The strongest grant to the user or a group they are in: 2 edit, 1 view, null none. */
	best_grant: 1 | 2 | null;
}

export function rightsOn(
	db: Database.Database,
	user: User | undefined,
	structureId: string
): Rights {
	if (!user || user.disabled) return NONE;
	const f = db
		.prepare<[string, string, string], Facts>(
			`SELECT s.built_in, sh.owner_id, sh.visibility,
				(SELECT MAX(CASE g.access WHEN 'edit' THEN 2 ELSE 1 END) FROM structure_grants g
				 WHERE g.structure_id = s.id
				   AND ((g.grantee_kind = 'user' AND g.grantee_id = ?)
				     OR (g.grantee_kind = 'group' AND g.grantee_id IN
				         (SELECT group_id FROM memberships WHERE user_id = ?)))) AS best_grant
			 FROM structures s LEFT JOIN structure_sharing sh ON sh.structure_id = s.id
			 WHERE s.id = ?`
		)
		.get(user.id, user.id, structureId);
	if (!f) return NONE;
	if (f.built_in) return { read: true, edit: false, share: false };
	if (user.role === 'admin') return { read: true, edit: true, share: true };
	const owner = f.owner_id !== null && f.owner_id === user.id;
	const best = f.visibility !== 'private' ? f.best_grant : null;
	const granted: Access | null = best === 2 ? 'edit' : best === 1 ? 'view' : null;
	const read = owner || f.visibility === 'everyone' || granted !== null;
	const mayEdit = user.role === 'editor';
	return {
		read,
		edit: mayEdit && (owner || granted === 'edit'),
		share: mayEdit && owner
	};
}

/**
 * The ids of every structure the person may read, for lists, compare pickers and report choosers:
 * anything not in it must not be shown or hinted at.
 */
export function visibleStructureIds(db: Database.Database, user: User | undefined): Set<string> {
	if (!user || user.disabled) return new Set();
	if (user.role === 'admin') {
		return new Set(
			db
				.prepare<[], { id: string }>('SELECT id FROM structures')
				.all()
				.map((r) => r.id)
		);
	}
	const rows = db
		.prepare<[string, string, string], { id: string }>(
			`SELECT s.id FROM structures s LEFT JOIN structure_sharing sh ON sh.structure_id = s.id
			 WHERE s.built_in = 1
			    OR sh.owner_id = ?
			    OR sh.visibility = 'everyone'
			    OR (sh.visibility = 'shared' AND EXISTS (
			        SELECT 1 FROM structure_grants g WHERE g.structure_id = s.id
			          AND ((g.grantee_kind = 'user' AND g.grantee_id = ?)
			            OR (g.grantee_kind = 'group' AND g.grantee_id IN
			                (SELECT group_id FROM memberships WHERE user_id = ?)))))`
		)
		.all(user.id, user.id, user.id);
	return new Set(rows.map((r) => r.id));
}

/** Whether salaries, on-costs and per-post costs are shown to this person (else masked). */
export function canSeePay(user: User | undefined): boolean {
	return !!user && !user.disabled && user.canSeePay;
}

/** Editors and administrators save new scenarios and import model files. */
export function canCreateStructures(user: User | undefined): boolean {
	return !!user && !user.disabled && (user.role === 'editor' || user.role === 'admin');
}

/** Users, settings and the audit trail. */
export function canAdminister(user: User | undefined): boolean {
	return !!user && !user.disabled && user.role === 'admin';
}
