/**
 * Every difference between the records of two structures, matched by id: the one diff that the
 * change log, the import's changes and compare all describe.
 */
import { byId, hasId, idsOf, type Keyed } from '../model/collections';
import type { Structure } from '../model/types';
import { nameIn } from '../words';
import { deepEqual } from './deepEqual';
import { postChangesOf } from './postChanges';
import type { Collection, OnlyIds, RecordChanges, RecordsDiff } from './recordChangeTypes';
import {
	meetingsReplacedOf,
	servicesMovedOf,
	settingsOf,
	structureFieldsOf
} from './settingChanges';

export * from './recordChangeTypes';

/**
 * Records added, removed and updated between two id-keyed records. When `changedIds` is given, the
 * ids of every differing record are pushed to it too: a's order first, then the added ones. With
 * `only`, just those ids are compared (an edit's, so describing it costs nothing at 12,000 posts).
 */
export function diffRecords<T>(
	a: Keyed<T>,
	b: Keyed<T>,
	changedIds?: string[],
	only?: Iterable<string>
): RecordsDiff<T> {
	const out: RecordsDiff<T> = { added: [], removed: [], updated: [] };
	if (a === b) return out;
	const added: string[] = [];
	const compare = (id: string) => {
		const inA = hasId(a, id);
		const inB = hasId(b, id);
		if (!inA) {
			if (inB) added.push(id);
			return;
		}
		const x = byId(a, id)!;
		const y = byId(b, id)!;
		if (!inB) out.removed.push(x);
		else if (x === y || deepEqual(x, y)) return;
		else out.updated.push([x, y]);
		changedIds?.push(id);
	};
	if (only) for (const id of only) compare(id);
	else {
		for (const id of idsOf(a)) compare(id);
		for (const id of idsOf(b)) if (!hasId(a, id)) added.push(id);
	}
	for (const id of added) {
		out.added.push(byId(b, id)!);
		changedIds?.push(id);
	}
	return out;
}

/**
 * Every difference between the records of a and b, matched by id; a post whose status becomes
 * 'deleted' counts as deleted (and one that stops being deleted as created). `changedPostIds`
 * receives the ids of the posts whose records differ, for costing the change (diffStructures).
 */
export function recordChanges(
	a: Structure,
	b: Structure,
	only?: OnlyIds,
	changedPostIds: string[] = []
): RecordChanges {
	const ids = (c: Collection) => (only ? (only.get(c) ?? []) : undefined);
	const meta = (s: Structure) => ({ id: s.id, name: s.name, date: s.date });
	const posts = diffRecords(a.posts, b.posts, changedPostIds, ids('posts'));
	const units = diffRecords(a.units, b.units, undefined, ids('units'));
	const services = diffRecords(a.services, b.services, undefined, ids('services'));
	const bodies = diffRecords(a.bodies, b.bodies, undefined, ids('bodies'));
	const links = diffRecords(a.links, b.links, undefined, ids('links'));
	const meetings = diffRecords(a.meetings, b.meetings, undefined, ids('meetings'));
	const grades = diffRecords(a.grades, b.grades, undefined, ids('grades'));
	const oneOffCosts = diffRecords(a.oneOffCosts, b.oneOffCosts, undefined, ids('oneOffCosts'));
	const postChanges = postChangesOf(a, b, changedPostIds);
	const structure = structureFieldsOf(a, b);

	// Only the names the changes refer to, so a diff of a large establishment stays small.
	const names: Record<string, string> = {};
	const gradeNames: Record<string, string> = {};
	const ref = (id: string | undefined) => {
		if (id !== undefined && !(id in names)) names[id] = nameIn(b, a, id);
	};
	const refGrade = (id: string) => {
		gradeNames[id] ??= b.grades[id]?.name ?? a.grades[id]?.name ?? id;
	};
	for (const c of postChanges) {
		ref(c.postId);
		if (c.kind === 'reportsTo-changed' || c.kind === 'unit-changed') {
			ref(c.from);
			ref(c.to);
		} else if (c.kind === 'regraded') {
			refGrade(c.from);
			refGrade(c.to);
		} else if (c.kind === 'created' || c.kind === 'deleted') {
			refGrade(c.post.grade);
			ref(c.post.unit);
			ref(c.post.reportsTo);
		}
	}
	for (const l of [...links.added, ...links.removed, ...links.updated.flat()]) {
		ref(l.from);
		ref(l.to);
	}
	for (const u of [...units.added, ...units.updated.flat()]) {
		ref(u.head);
		ref(u.parent);
	}
	for (const sv of [...services.added, ...services.removed]) ref(sv.unit);
	for (const m of meetings.updated.flat()) {
		ref(m.chair);
		for (const id of [...m.members, ...m.curators, ...m.feedsInto]) ref(id);
	}
	for (const g of [...grades.added, ...grades.removed, ...grades.updated.flat()]) refGrade(g.id);
	for (const f of structure)
		if (f.field === 'ceo') for (const id of [f.from, f.to]) ref(id as string);

	return {
		from: meta(a),
		to: meta(b),
		posts,
		units,
		services,
		bodies,
		links,
		meetings,
		grades,
		oneOffCosts,
		names,
		gradeNames,
		settings: settingsOf(a, b),
		structure,
		postChanges,
		servicesMoved: servicesMovedOf(a, b, services.updated),
		meetingsAdded: meetings.added,
		meetingsRemoved: meetings.removed,
		meetingsReplaced: meetingsReplacedOf(a, b)
	};
}
