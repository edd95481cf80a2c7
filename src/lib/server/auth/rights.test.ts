import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import { createGroup, setMembership } from './groups.ts';
import { canCreateStructures, canSeePay, rightsOn, visibleStructureIds } from './rights.ts';
import { getSharing, setOwner, updateSharing } from './sharing.ts';
import { addStructure, testDatabase } from './testDb.ts';
import { insertUser, updateUser, type User } from './users.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

/**
 * People: admin; ed (editor, owns ed-private, ed-shared, ed-open); eve (another editor, granted edit
 * on ed-shared); vic (viewer, granted view on ed-shared); val (viewer in the panel group, which has
 * view on panel-paper); nob (viewer, nothing shared). Structures: the built-in clt-2020, and
 * legacy (saved before accounts: open to everyone, no owner).
 */
function world() {
	t = testDatabase();
	const db = t.db;
	const u = (email: string, role: User['role']) => insertUser(db, { email, role });
	const people = {
		admin: u('admin@council.gov.uk', 'admin'),
		ed: u('ed@council.gov.uk', 'editor'),
		eve: u('eve@council.gov.uk', 'editor'),
		vic: u('vic@council.gov.uk', 'viewer'),
		val: u('val@council.gov.uk', 'viewer'),
		nob: u('nob@council.gov.uk', 'viewer')
	};
	addStructure(db, 'legacy');
	// Migration 3 has run already, so legacy gets the row the migration gives old scenarios.
	db.prepare("INSERT INTO structure_sharing VALUES ('legacy', NULL, 'everyone')").run();
	addStructure(db, 'clt-2020', true);
	for (const id of ['ed-private', 'ed-shared', 'ed-open', 'panel-paper']) {
		addStructure(db, id);
		setOwner(db, id, people.ed.id);
	}
	updateSharing(db, {
		structureId: 'ed-shared',
		grant: [
			{ kind: 'user', id: people.eve.id, access: 'edit' },
			{ kind: 'user', id: people.vic.id, access: 'view' }
		],
		by: people.ed.id
	});
	updateSharing(db, { structureId: 'ed-open', visibility: 'everyone', by: people.ed.id });
	const panel = createGroup(db, { name: 'JNC panel', by: people.admin.id });
	setMembership(db, {
		groupId: panel.id,
		userId: people.val.id,
		member: true,
		by: people.admin.id
	});
	updateSharing(db, {
		structureId: 'panel-paper',
		grant: [{ kind: 'group', id: panel.id, access: 'edit' }],
		by: people.ed.id
	});
	return people;
}

const R = (s: string) => ({ read: s.includes('r'), edit: s.includes('e'), share: s.includes('s') });

describe('rights', () => {
	it('rightsOn follows the matrix of roles, ownership, grants and visibility', () => {
		const p = world();
		const ids = [
			'clt-2020',
			'legacy',
			'ed-private',
			'ed-shared',
			'ed-open',
			'panel-paper',
			'no-such'
		];
		const expected: Record<keyof typeof p, string[]> = {
			//      clt-2020 legacy ed-private ed-shared ed-open panel-paper no-such
			admin: ['r', 'res', 'res', 'res', 'res', 'res', ''],
			ed: ['r', 'r', 'res', 'res', 'res', 'res', ''],
			eve: ['r', 'r', '', 're', 'r', '', ''],
			vic: ['r', 'r', '', 'r', 'r', '', ''],
			// A viewer in a group granted edit still only reads.
			val: ['r', 'r', '', '', 'r', 'r', ''],
			nob: ['r', 'r', '', '', 'r', '', '']
		};
		for (const [who, row] of Object.entries(expected)) {
			const user = p[who as keyof typeof p];
			ids.forEach((id, i) =>
				expect(rightsOn(t.db, user, id), `${who} on ${id}`).toEqual(R(row[i]))
			);
		}
	});

	it('nobody signed in, and a disabled account, have no rights, not even on built-ins', () => {
		const p = world();
		expect(rightsOn(t.db, undefined, 'clt-2020')).toEqual(R(''));
		const off = updateUser(t.db, p.ed.id, { disabled: true });
		expect(rightsOn(t.db, off, 'ed-private')).toEqual(R(''));
		expect(visibleStructureIds(t.db, off).size).toBe(0);
	});

	it('visibleStructureIds lists exactly what rightsOn lets each person read', () => {
		const p = world();
		const sorted = (u: User) => [...visibleStructureIds(t.db, u)].sort();
		expect(sorted(p.nob)).toEqual(['clt-2020', 'ed-open', 'legacy']);
		expect(sorted(p.vic)).toEqual(['clt-2020', 'ed-open', 'ed-shared', 'legacy']);
		expect(sorted(p.val)).toEqual(['clt-2020', 'ed-open', 'legacy', 'panel-paper']);
		expect(sorted(p.admin)).toEqual([
			'clt-2020',
			'ed-open',
			'ed-private',
			'ed-shared',
			'legacy',
			'panel-paper'
		]);
		for (const u of Object.values(p))
			for (const id of sorted(u)) expect(rightsOn(t.db, u, id).read).toBe(true);
	});

	it('making a shared structure private again hides it from those granted, keeping the grants', () => {
		const p = world();
		updateSharing(t.db, { structureId: 'ed-shared', visibility: 'private', by: p.ed.id });
		expect(rightsOn(t.db, p.vic, 'ed-shared')).toEqual(R(''));
		expect(getSharing(t.db, 'ed-shared')?.grants).toHaveLength(2);
		updateSharing(t.db, {
			structureId: 'ed-shared',
			revoke: [{ kind: 'user', id: p.vic.id }],
			visibility: 'shared',
			by: p.ed.id
		});
		expect(rightsOn(t.db, p.vic, 'ed-shared')).toEqual(R(''));
		expect(rightsOn(t.db, p.eve, 'ed-shared')).toEqual(R('re'));
	});

	it('the stronger of a personal grant and a group’s grant counts', () => {
		const p = world();
		updateSharing(t.db, {
			structureId: 'panel-paper',
			grant: [{ kind: 'user', id: p.eve.id, access: 'view' }],
			by: p.ed.id
		});
		expect(rightsOn(t.db, p.eve, 'panel-paper')).toEqual(R('r'));
		const panel = t.db.prepare("SELECT id FROM groups WHERE name = 'JNC panel'").get() as {
			id: string;
		};
		setMembership(t.db, { groupId: panel.id, userId: p.eve.id, member: true, by: p.admin.id });
		expect(rightsOn(t.db, p.eve, 'panel-paper')).toEqual(R('re'));
	});

	it('leaving a group takes away what was shared with the group', () => {
		const p = world();
		const panel = t.db.prepare("SELECT id FROM groups WHERE name = 'JNC panel'").get() as {
			id: string;
		};
		setMembership(t.db, { groupId: panel.id, userId: p.val.id, member: false, by: p.admin.id });
		expect(rightsOn(t.db, p.val, 'panel-paper')).toEqual(R(''));
	});

	it('every sharing change is in the audit trail with the sharing as it became', () => {
		world();
		const shares = listAudit(t.db, { action: 'share' });
		expect(shares.map((e) => [e.subject, e.detail.visibility])).toEqual([
			['ed-shared', 'shared'],
			['ed-open', 'everyone'],
			['panel-paper', 'shared']
		]);
	});

	it('built-in models cannot be shared (they are open to all)', () => {
		const p = world();
		expect(() =>
			updateSharing(t.db, { structureId: 'clt-2020', visibility: 'private', by: p.admin.id })
		).toThrow(/Built-in/);
	});

	it('canSeePay is its own right; canCreateStructures is for editors and administrators', () => {
		const p = world();
		expect(canSeePay(p.admin)).toBe(false);
		expect(canSeePay(updateUser(t.db, p.vic.id, { canSeePay: true }))).toBe(true);
		expect([p.admin, p.ed, p.vic].map(canCreateStructures)).toEqual([true, true, false]);
	});
});
