import type { Post, Structure } from '../model/types';
import { carriedFrom, orgIndex, type OrgIndex } from './orgIndex';

/**
 * What the statutory checks and the transition window need from the posts Map, gathered in one
 * pass over the index's arrays (not a walk of the record each): on a large establishment only a
 * handful of posts hold a statutory role, and most checks need only those.
 */
export interface PostFacts {
	/** Keys of the posts holding a statutory role, deleted ones included, in record order. */
	roleHolderIds: string[];
	/** Those posts, by the same order. */
	roleHolders: Post[];
	/** Positions (orgIndex) of the live posts holding a statutory role, in structure order. */
	liveRoleHolders: number[];
	/** True when any post of the record (deleted ones included) has a start or end date. */
	anyDated: boolean;
	/** Positions (orgIndex) of the live posts with a start or end date, in structure order. */
	liveDated: number[];
	/** The latest start or end date of any post of the record (ISO, so greatest string), if any. */
	latestDate: string | undefined;
}

const cache = new WeakMap<OrgIndex, PostFacts>();

export function postFacts(s: Structure): PostFacts {
	const index = orgIndex(s);
	let facts = cache.get(index);
	if (!facts) {
		facts = carried(index) ?? gather(index);
		cache.set(index, facts);
	}
	return facts;
}

const plain = (p: Post) =>
	p.statutoryRoles.length === 0 && p.start === undefined && p.end === undefined;

/** The facts of the index this one was carried from, when the posts replaced play no part in them. */
function carried(index: OrgIndex): PostFacts | undefined {
	const c = carriedFrom(index);
	const facts = c && cache.get(c.from);
	if (!c || !facts) return undefined;
	for (const r of c.replaced) if (!plain(r.before) || !plain(r.after)) return undefined;
	return facts;
}

function gather(index: OrgIndex): PostFacts {
	const roleHolderIds: string[] = [];
	const roleHolders: Post[] = [];
	let latestDate: string | undefined;
	const dated: number[] = [];
	const { recordIds, recordPosts } = index;
	for (let k = 0; k < recordPosts.length; k++) {
		const p = recordPosts[k];
		if (p.statutoryRoles.length) {
			roleHolderIds.push(recordIds[k]);
			roleHolders.push(p);
		}
		if (p.start !== undefined || p.end !== undefined) {
			dated.push(k);
			if (p.start !== undefined && (latestDate === undefined || p.start > latestDate))
				latestDate = p.start;
			if (p.end !== undefined && (latestDate === undefined || p.end > latestDate))
				latestDate = p.end;
		}
	}
	// With nothing deleted the record's order is the positions' order.
	const liveRoleHolders: number[] = [];
	let liveDated: number[];
	if (recordPosts === index.posts) {
		for (const id of roleHolderIds) liveRoleHolders.push(index.position.get(id)!);
		liveDated = dated;
	} else {
		for (let i = 0; i < index.posts.length; i++)
			if (index.posts[i].statutoryRoles.length) liveRoleHolders.push(i);
		liveDated = [];
		for (const k of dated) {
			const i = index.position.get(recordIds[k]);
			if (i !== undefined) liveDated.push(i);
		}
	}
	return {
		roleHolderIds,
		roleHolders,
		liveRoleHolders,
		anyDated: dated.length > 0,
		liveDated,
		latestDate
	};
}

/** The live posts holding a statutory role, in structure order. */
export function liveRoleHolders(s: Structure): Post[] {
	const index = orgIndex(s);
	return postFacts(s).liveRoleHolders.map((i) => index.posts[i]);
}
