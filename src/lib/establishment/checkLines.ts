/**
 * Line management in an HR export: duplicate ids, managers that are not in the file, reporting
 * loops, more than one top post, and which rows are left out when bad rows are. One pass each over
 * the rows with arrays and maps; nothing searches a list inside a loop (100,000 rows is a fair
 * input).
 */
import { rowError, fileError, type EstablishmentError } from './errors';
import { postIdOf } from './ids';
import type { PostRow } from './readPosts';

export interface LineCheck {
	/** Line manager of each row by position: -1 for none (a top post), -2 for one not usable. */
	parent: Int32Array;
	/** Post id of each row (the Position ID, made usable as an id). */
	postIds: string[];
	/** The top post's row position, or -1. */
	top: number;
	/** 1 for each row kept: not bad itself, and its line reaches the top through kept rows. */
	kept: Uint8Array;
	/** Rows left out only because a manager above them was: [row position, manager's position]. */
	underLeftOut: [number, number][];
	/** Why a row is bad when its error is reported on another row (the other posts of a loop). */
	notes: Map<number, string>;
}

export interface LineHeaders {
	id: string;
	reportsTo: string;
}

const describe = (p: PostRow) => `${p.id} (${p.title || 'no title'}, row ${p.row})`;

/**
 * Marks bad rows in `bad` and adds an error for each problem. `bad` may already mark rows with
 * problems of their own; those still place their reports (a report of a bad row is left out with
 * it, not reported as having an unknown manager).
 */
export function checkLines(
	file: string,
	posts: readonly PostRow[],
	bad: Uint8Array,
	headers: LineHeaders,
	errors: EstablishmentError[]
): LineCheck {
	const n = posts.length;
	const postIds: string[] = new Array(n);
	const byRaw = new Map<string, number>();
	const byId = new Map<string, number>();

	// Duplicate ids: the first row keeps the id; a later one is a problem of its own.
	for (let i = 0; i < n; i++) {
		const p = posts[i];
		const id = postIdOf(p.id);
		postIds[i] = id;
		if (p.id === '') continue;
		const first = byRaw.get(p.id);
		const same = byId.get(id);
		if (first !== undefined) {
			errors.push(
				rowError(
					file,
					p.row,
					headers.id,
					p.id,
					`${headers.id} "${p.id}" is also on row ${posts[first].row} (${posts[first].title}); each post needs its own id, so correct one of them or remove the repeated row`
				)
			);
			bad[i] = 1;
		} else if (same !== undefined) {
			errors.push(
				rowError(
					file,
					p.row,
					headers.id,
					p.id,
					`${headers.id} "${p.id}" becomes the id "${id}", as "${posts[same].id}" on row ${posts[same].row} does; ids keep only letters, digits, '.', '_' and '-', so make the two differ in those`
				)
			);
			bad[i] = 1;
		} else {
			byRaw.set(p.id, i);
			byId.set(id, i);
		}
	}

	// Managers.
	const parent = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const p = posts[i];
		if (p.reportsTo === '') {
			parent[i] = -1;
			continue;
		}
		const m = byRaw.get(p.reportsTo);
		if (m === undefined) {
			errors.push(
				rowError(
					file,
					p.row,
					headers.reportsTo,
					p.reportsTo,
					`${headers.reportsTo} "${p.reportsTo}" is not the ${headers.id} of any row; give the position id of this post's line manager (blank only for the top post)`
				)
			);
			bad[i] = 1;
			parent[i] = -2;
		} else if (m === i) {
			errors.push(
				rowError(
					file,
					p.row,
					headers.reportsTo,
					p.reportsTo,
					`${describe(p)} reports to itself; give the position id of its line manager`
				)
			);
			bad[i] = 1;
			parent[i] = -2;
		} else parent[i] = m;
	}

	// Reporting loops: each row has one manager, so following managers from any row either ends
	// (at a top post or a bad manager) or runs into a loop. 0 unseen, 1 on the current walk, 2 done.
	const notes = new Map<number, string>();
	const state = new Uint8Array(n);
	const walk: number[] = [];
	for (let start = 0; start < n; start++) {
		if (state[start] !== 0) continue;
		let i = start;
		while (i >= 0 && state[i] === 0) {
			state[i] = 1;
			walk.push(i);
			i = parent[i];
		}
		if (i >= 0 && state[i] === 1) {
			const loop = walk.slice(walk.indexOf(i));
			// Name the loop from its earliest row, in line-management order (each reports to the next).
			let first = 0;
			for (let k = 1; k < loop.length; k++)
				if (posts[loop[k]].row < posts[loop[first]].row) first = k;
			const ordered = [...loop.slice(first), ...loop.slice(0, first)];
			const names = ordered.map((k) => describe(posts[k]));
			const p = posts[ordered[0]];
			errors.push(
				rowError(
					file,
					p.row,
					headers.reportsTo,
					p.reportsTo,
					`these posts report to each other in a loop: ${names.join(' → ')} → ${p.id}; no post in it reaches the top post, so correct the ${headers.reportsTo} of one of them`
				)
			);
			for (const k of loop) {
				bad[k] = 1;
				if (k !== ordered[0]) notes.set(k, `in a reporting loop (see row ${p.row})`);
			}
		}
		for (const k of walk) state[k] = 2;
		walk.length = 0;
	}

	// Children lists (compressed), for counting what sits under each top post and walking down.
	const childStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
	for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
	const childList = new Int32Array(childStart[n]);
	const fill = childStart.slice(0, n);
	for (let i = 0; i < n; i++) if (parent[i] >= 0) childList[fill[parent[i]]++] = i;
	const order = new Int32Array(n);
	const under = (root: number): number => {
		let size = 0;
		order[size++] = root;
		for (let h = 0; h < size; h++) {
			const i = order[h];
			for (let k = childStart[i]; k < childStart[i + 1]; k++) order[size++] = childList[k];
		}
		return size;
	};

	// One top post: of the rows with a blank manager, the one with the most posts under it.
	const tops: { i: number; size: number }[] = [];
	for (let i = 0; i < n; i++)
		if (parent[i] === -1 && posts[i].id !== '') tops.push({ i, size: under(i) });
	let top = -1;
	if (tops.length === 0) {
		errors.push(
			fileError(
				file,
				`no row has a blank ${headers.reportsTo}, so there is no top post; leave the ${headers.reportsTo} of the top post (the Chief Executive) blank`,
				headers.reportsTo
			)
		);
	} else {
		let best = tops[0];
		for (const t of tops) if (t.size > best.size) best = t;
		top = best.i;
		for (const t of tops) {
			if (t.i === top) continue;
			const p = posts[t.i];
			errors.push(
				rowError(
					file,
					p.row,
					headers.reportsTo,
					'',
					`${describe(p)} has no line manager (${headers.reportsTo} is blank), but only the top post may have none and ${describe(posts[top])}, with ${best.size - 1} rows under it, is taken as the top; give this post's line manager`
				)
			);
			bad[t.i] = 1;
		}
	}

	// Kept: reached from the top through rows that are not bad.
	const kept = new Uint8Array(n);
	if (top >= 0 && !bad[top]) {
		let size = 0;
		order[size++] = top;
		kept[top] = 1;
		for (let h = 0; h < size; h++) {
			const i = order[h];
			for (let k = childStart[i]; k < childStart[i + 1]; k++) {
				const c = childList[k];
				if (bad[c]) continue;
				kept[c] = 1;
				order[size++] = c;
			}
		}
	}
	const underLeftOut: [number, number][] = [];
	for (let i = 0; i < n; i++) if (!kept[i] && !bad[i]) underLeftOut.push([i, parent[i]]);
	return { parent, postIds, top, kept, underLeftOut, notes };
}
