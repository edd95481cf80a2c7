import { listSome } from '../model/suggest';
import { STATUTORY_ROLES, type Post, type PostStatus, type Structure } from '../model/types';
import { command, datesProblem, fundingProblem, isFiniteNumber, isText } from './command';
import { badNewId, chainUpTo, freshId, unknownPost } from './lookup';
import { nameOf } from '../words';

const STATUSES: readonly PostStatus[] = ['existing', 'new', 'deleted', 'interim', 'vacant'];

function missingPost(s: Structure, id: unknown): string | undefined {
	if (typeof id !== 'string') return 'say which post (its id)';
	if (!s.posts.has(id)) return unknownPost(s, id);
	return undefined;
}

function unknownGrade(s: Structure, grade: unknown): string | undefined {
	if (typeof grade === 'string' && Object.hasOwn(s.grades, grade)) return undefined;
	const names = Object.values(s.grades).map((g) => `${g.id} (${g.name})`);
	return `unknown grade '${String(grade)}'; use one of: ${listSome(names)}`;
}

export function unknownUnit(s: Structure, unit: unknown): string | undefined {
	if (typeof unit === 'string' && Object.hasOwn(s.units, unit)) return undefined;
	return `there is no unit '${String(unit)}'; use one of: ${listSome(Object.keys(s.units))}`;
}

/** Posts whose line manager is `id` (deleted ones too: their reportsTo would dangle). */
function reportsOf(s: Structure, id: string): Post[] {
	const out: Post[] = [];
	for (const p of s.posts.values()) if (p.reportsTo === id) out.push(p);
	return out;
}

/** Why `postId` cannot report to `managerId`: unknown, itself, deleted, or a cycle. */
function lineManagerProblem(s: Structure, postId: string, managerId: unknown): string | undefined {
	if (typeof managerId !== 'string' || !s.posts.has(managerId)) {
		return `the new line manager: ${unknownPost(s, String(managerId))}`;
	}
	const post = nameOf(s, postId);
	const manager = nameOf(s, managerId);
	if (managerId === postId) return `${post} cannot report to itself`;
	if (s.posts.get(managerId)!.status === 'deleted') {
		return `${post} cannot report to ${manager}: that post is marked deleted`;
	}
	const chain = chainUpTo(s, managerId, postId);
	if (chain) {
		const between = chain.slice(1, -1).map((id) => nameOf(s, id));
		const how = between.length ? `through ${between.join(', then ')}` : 'directly';
		return `${post} cannot report to ${manager}: ${manager} already reports to ${post} ${how}; move ${manager} first`;
	}
	return undefined;
}

export const movePost = command({
	type: 'movePost',
	refuse(s, e) {
		const missing = missingPost(s, e.postId);
		if (missing) return missing;
		if (e.postId === s.ceo) {
			return `${nameOf(s, e.postId)} is the top post (the Chief Executive) and reports to no one`;
		}
		if (e.newUnitId !== undefined) {
			const u = unknownUnit(s, e.newUnitId);
			if (u) return u;
		}
		return lineManagerProblem(s, e.postId, e.newManagerId);
	},
	perform(d, e) {
		const p = d.posts.get(e.postId)!;
		if (p.reportsTo !== e.newManagerId) p.reportsTo = e.newManagerId;
		if (e.newUnitId !== undefined && p.unit !== e.newUnitId) p.unit = e.newUnitId;
	}
});

export const addPost = command({
	type: 'addPost',
	refuse(s, { post }) {
		if (!post || typeof post !== 'object') return 'give the new post';
		if (!isText(post.title)) return 'give the new post a title';
		if (post.id !== undefined) {
			const bad = badNewId(s, post.id);
			if (bad) return bad;
		}
		const grade = unknownGrade(s, post.grade);
		if (grade) return grade;
		const unit = unknownUnit(s, post.unit);
		if (unit) return unit;
		if (typeof post.reportsTo !== 'string' || !s.posts.has(post.reportsTo)) {
			return `the new post's line manager: ${unknownPost(s, String(post.reportsTo))}`;
		}
		if (s.posts.get(post.reportsTo)!.status === 'deleted') {
			return `${post.title} cannot report to ${nameOf(s, post.reportsTo)}: that post is marked deleted`;
		}
		if (post.status !== undefined && !STATUSES.includes(post.status)) {
			return `status '${String(post.status)}' is not one of: ${STATUSES.join(', ')}`;
		}
		if (post.fte !== undefined && (!isFiniteNumber(post.fte) || post.fte <= 0)) {
			return `fte ${String(post.fte)} is not a positive number; use 1 for a full-time post`;
		}
		for (const r of post.statutoryRoles ?? []) {
			if (!STATUTORY_ROLES.includes(r)) {
				return `'${String(r)}' is not a statutory role; use one of: ${STATUTORY_ROLES.join(', ')}`;
			}
		}
		if (post.funding !== undefined) {
			const f = fundingProblem(post.funding);
			if (f) return f;
		}
		return datesProblem(post.start, post.end);
	},
	perform(d, { post }, s) {
		const id = post.id ?? freshId(s, post.title);
		const p: Post = {
			id,
			title: post.title.trim(),
			grade: post.grade,
			fte: post.fte ?? 1,
			status: post.status ?? 'new',
			unit: post.unit,
			reportsTo: post.reportsTo,
			statutoryRoles: [...(post.statutoryRoles ?? [])],
			provenance: post.provenance ?? { kind: 'assumption', note: 'Added while editing a scenario' }
		};
		if (post.director !== undefined) p.director = post.director;
		if (post.office !== undefined) p.office = post.office;
		if (post.remit !== undefined) p.remit = post.remit;
		if (post.funding !== undefined) p.funding = { ...post.funding };
		if (post.start !== undefined) p.start = post.start;
		if (post.end !== undefined) p.end = post.end;
		d.posts.set(id, p);
		return id;
	}
});

export const deletePost = command({
	type: 'deletePost',
	refuse(s, e) {
		const missing = missingPost(s, e.postId);
		if (missing) return missing;
		const title = nameOf(s, e.postId);
		if (e.postId === s.ceo)
			return `${title} is the Chief Executive (the top post) and cannot be deleted`;
		const reports = reportsOf(s, e.postId);
		if (reports.length) {
			const names = listSome(
				reports.map((r) => r.title),
				5
			);
			return `${title} still has ${reports.length} direct report${reports.length === 1 ? '' : 's'} (${names}); move them to another line manager first`;
		}
		return undefined;
	},
	perform(d, { postId }, s) {
		d.posts.delete(postId);
		// Search the untouched structure; write only where the post is referenced.
		for (const id in s.links) {
			const l = s.links[id];
			if (l.from === postId || l.to === postId) delete d.links[id];
		}
		for (const id in s.meetings) {
			const m = s.meetings[id];
			if (m.chair === postId) delete d.meetings[id].chair;
			if (m.members.includes(postId)) {
				d.meetings[id].members = m.members.filter((p) => p !== postId);
			}
			if (m.curators.includes(postId)) {
				d.meetings[id].curators = m.curators.filter((p) => p !== postId);
			}
		}
		for (const id in s.units) if (s.units[id].head === postId) delete d.units[id].head;
	}
});

export const retitlePost = command({
	type: 'retitlePost',
	refuse(s, e) {
		return missingPost(s, e.postId) ?? (isText(e.title) ? undefined : 'give the post a title');
	},
	perform(d, e) {
		const title = e.title.trim();
		if (d.posts.get(e.postId)!.title !== title) d.posts.get(e.postId)!.title = title;
	}
});

export const regradePost = command({
	type: 'regradePost',
	refuse(s, e) {
		return missingPost(s, e.postId) ?? unknownGrade(s, e.grade);
	},
	perform(d, e) {
		if (d.posts.get(e.postId)!.grade !== e.grade) d.posts.get(e.postId)!.grade = e.grade;
	}
});

function sameSplit(a: object | undefined, b: object | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	const ka = Object.keys(a);
	return (
		ka.length === Object.keys(b).length &&
		ka.every((k) => (a as Record<string, number>)[k] === (b as Record<string, number>)[k])
	);
}

export const setPostFunding = command({
	type: 'setPostFunding',
	refuse(s, e) {
		return (
			missingPost(s, e.postId) ?? (e.funding === undefined ? undefined : fundingProblem(e.funding))
		);
	},
	perform(d, e, s) {
		if (sameSplit(s.posts.get(e.postId)!.funding, e.funding)) return;
		if (e.funding === undefined) delete d.posts.get(e.postId)!.funding;
		else d.posts.get(e.postId)!.funding = { ...e.funding };
	}
});

export const setPostDates = command({
	type: 'setPostDates',
	refuse(s, e) {
		return missingPost(s, e.postId) ?? datesProblem(e.start, e.end);
	},
	perform(d, e) {
		const p = d.posts.get(e.postId)!;
		for (const key of ['start', 'end'] as const) {
			const v = e[key];
			if (v === undefined) {
				if (p[key] !== undefined) delete p[key];
			} else if (p[key] !== v) p[key] = v;
		}
	}
});

export const setPostStatus = command({
	type: 'setPostStatus',
	refuse(s, e) {
		const missing = missingPost(s, e.postId);
		if (missing) return missing;
		if (!STATUSES.includes(e.status)) {
			return `status '${String(e.status)}' is not one of: ${STATUSES.join(', ')}`;
		}
		if (e.status === 'deleted' && s.posts.get(e.postId)!.status !== 'deleted') {
			const title = nameOf(s, e.postId);
			if (e.postId === s.ceo)
				return `${title} is the Chief Executive (the top post) and cannot be deleted`;
			const live = reportsOf(s, e.postId).filter((r) => r.status !== 'deleted');
			if (live.length) {
				return `${title} still has ${live.length} direct report${live.length === 1 ? '' : 's'} (${listSome(
					live.map((r) => r.title),
					5
				)}); move them to another line manager first`;
			}
		}
		return undefined;
	},
	perform(d, e) {
		if (d.posts.get(e.postId)!.status !== e.status) d.posts.get(e.postId)!.status = e.status;
	}
});
