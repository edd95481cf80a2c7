import type Database from 'better-sqlite3';
import { record, type Actor } from './audit.ts';
import { randomId } from './secrets.ts';
import { AccountError, getUser } from './users.ts';

/** Groups of people (a JNC panel, a directorate's team) that a structure can be shared with. */
export interface Group {
	id: string;
	name: string;
	createdAt: string;
}

interface GroupRow {
	id: string;
	name: string;
	created_at: string;
}
const toGroup = (r: GroupRow): Group => ({ id: r.id, name: r.name, createdAt: r.created_at });

export function createGroup(
	db: Database.Database,
	input: { name: string; by: Actor; address?: string },
	now = new Date()
): Group {
	const name = input.name.trim();
	if (!name) throw new AccountError('A group needs a name.');
	if (db.prepare('SELECT 1 FROM groups WHERE name = ?').get(name))
		throw new AccountError(`There is already a group called ${name}.`);
	const row: GroupRow = { id: randomId(), name, created_at: now.toISOString() };
	db.transaction(() => {
		db.prepare('INSERT INTO groups (id, name, created_at) VALUES (@id, @name, @created_at)').run(
			row
		);
		record(db, {
			actor: input.by,
			action: 'user-change',
			address: input.address,
			subject: `group:${name}`,
			detail: { change: 'group-add', groupId: row.id }
		});
	})();
	return toGroup(row);
}

/** Put a person in a group, or take them out (`member: false`). */
export function setMembership(
	db: Database.Database,
	input: { groupId: string; userId: string; member: boolean; by: Actor; address?: string }
): void {
	const group = db
		.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?')
		.get(input.groupId);
	const user = getUser(db, input.userId);
	if (!group) throw new AccountError('There is no such group.');
	if (!user) throw new AccountError('There is no such user.');
	db.transaction(() => {
		if (input.member)
			db.prepare('INSERT OR IGNORE INTO memberships (group_id, user_id) VALUES (?, ?)').run(
				group.id,
				user.id
			);
		else
			db.prepare('DELETE FROM memberships WHERE group_id = ? AND user_id = ?').run(
				group.id,
				user.id
			);
		record(db, {
			actor: input.by,
			action: 'user-change',
			address: input.address,
			subject: user.email,
			detail: { change: input.member ? 'group-join' : 'group-leave', group: group.name }
		});
	})();
}

export function listGroups(db: Database.Database): Group[] {
	return db.prepare<[], GroupRow>('SELECT * FROM groups ORDER BY name').all().map(toGroup);
}

export function groupsOf(db: Database.Database, userId: string): Group[] {
	return db
		.prepare<[string], GroupRow>(
			`SELECT g.* FROM groups g JOIN memberships m ON m.group_id = g.id
			 WHERE m.user_id = ? ORDER BY g.name`
		)
		.all(userId)
		.map(toGroup);
}
