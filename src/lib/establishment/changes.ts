/**
 * What importing a newer export into an existing structure changes, in the terms an HR export
 * speaks: posts added, removed, moved (a new manager or unit), regraded, and vacancy changes.
 * Read from the core's record diff (analysis/recordChanges), never worked out a second way; each
 * list is cut to a few with its full count, so the answer stays small for 11,000 posts.
 */
import { recordChanges } from '../analysis/recordChanges';
import type { Structure } from '../model/types';
import type { ListHead } from './preview';

export interface PostRef {
	id: string;
	title: string;
}
export interface PostMove extends PostRef {
	/** Each as "manager title (id)" or the unit's name; absent when that did not change. */
	fromManager?: string;
	toManager?: string;
	fromUnit?: string;
	toUnit?: string;
}
export interface PostShift extends PostRef {
	from: string;
	to: string;
}

export interface ImportChanges {
	/** The version the changes are measured from. */
	from: { id: string; name: string; version: number };
	added: ListHead<PostRef>;
	removed: ListHead<PostRef>;
	moved: ListHead<PostMove>;
	regraded: ListHead<PostShift>;
	vacancy: ListHead<PostShift>;
	/** Whether anything at all differs (titles, FTE, funding… included). */
	anyChange: boolean;
}

const STATUS_WORDS: Record<string, string> = {
	existing: 'filled',
	new: 'filled (new)',
	interim: 'interim',
	vacant: 'vacant',
	deleted: 'deleted'
};

export function importChanges(
	before: Structure,
	after: Structure,
	version: number,
	limit = 50
): ImportChanges {
	const d = recordChanges(before, after);
	const added: PostRef[] = [];
	const removed: PostRef[] = [];
	const moved = new Map<string, PostMove>();
	const regraded: PostShift[] = [];
	const vacancy: PostShift[] = [];
	const postName = (id: string | undefined) => {
		if (id === undefined) return 'none';
		const p = after.posts.get(id) ?? before.posts.get(id);
		return p ? `${p.title} (${id})` : id;
	};
	const unitName = (id: string) => after.units[id]?.name ?? before.units[id]?.name ?? id;
	const grade = (id: string) => d.gradeNames[id] ?? id;
	for (const c of d.postChanges) {
		const ref = { id: c.postId, title: c.title };
		if (c.kind === 'created') added.push(ref);
		else if (c.kind === 'deleted') removed.push(ref);
		else if (c.kind === 'regraded') regraded.push({ ...ref, from: grade(c.from), to: grade(c.to) });
		else if (c.kind === 'status-changed' && (c.from === 'vacant' || c.to === 'vacant'))
			vacancy.push({ ...ref, from: STATUS_WORDS[c.from], to: STATUS_WORDS[c.to] });
		else if (c.kind === 'reportsTo-changed' || c.kind === 'unit-changed') {
			const m = moved.get(c.postId) ?? { ...ref };
			if (c.kind === 'reportsTo-changed') {
				m.fromManager = postName(c.from);
				m.toManager = postName(c.to);
			} else {
				m.fromUnit = unitName(c.from);
				m.toUnit = unitName(c.to);
			}
			moved.set(c.postId, m);
		}
	}
	const head = <T>(list: T[]): ListHead<T> => ({ total: list.length, first: list.slice(0, limit) });
	return {
		from: { id: before.id, name: before.name, version },
		added: head(added),
		removed: head(removed),
		moved: head([...moved.values()]),
		regraded: head(regraded),
		vacancy: head(vacancy),
		anyChange: d.postChanges.length > 0 || d.units.added.length + d.units.removed.length > 0
	};
}
