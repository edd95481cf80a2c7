/** What happened to each post between two structures: created, deleted, moved, regraded, … */
import type { Post, Structure } from '../model/types';
import { costInPence, fundingSplitOf } from './cost';
import { deepEqual } from './deepEqual';
import { fromPence } from './money';
import { OTHER_POST_FIELDS, type OtherPostField, type PostChange } from './recordChangeTypes';

const isLive = (p: Post | undefined): p is Post => p !== undefined && p.status !== 'deleted';

function costOf(s: Structure, post: Post): number {
	return fromPence(costInPence(post, s.grades, s.assumptions).total);
}

function pickOther(p: Post): Pick<Post, OtherPostField> {
	const out: Partial<Pick<Post, OtherPostField>> = {};
	for (const f of OTHER_POST_FIELDS)
		if (p[f] !== undefined) (out as Record<string, unknown>)[f] = p[f];
	return out as Pick<Post, OtherPostField>;
}

export function postChangesOf(a: Structure, b: Structure, ids: string[]): PostChange[] {
	const out: PostChange[] = [];
	for (const postId of ids) {
		const pa = a.posts.get(postId);
		const pb = b.posts.get(postId);
		const liveA = isLive(pa);
		const liveB = isLive(pb);
		if (!liveA && liveB) {
			out.push({ kind: 'created', postId, title: pb.title, post: pb, cost: costOf(b, pb) });
			continue;
		}
		if (liveA && !liveB) {
			out.push({ kind: 'deleted', postId, title: pa.title, post: pa, cost: costOf(a, pa) });
			continue;
		}
		if (!liveA || !liveB) continue;
		const title = pb.title;
		if (pa.title !== pb.title)
			out.push({ kind: 'retitled', postId, title, from: pa.title, to: pb.title });
		if (pa.grade !== pb.grade)
			out.push({
				kind: 'regraded',
				postId,
				title,
				from: pa.grade,
				to: pb.grade,
				costBefore: costOf(a, pa),
				costAfter: costOf(b, pb)
			});
		if (pa.fte !== pb.fte)
			out.push({
				kind: 'fte-changed',
				postId,
				title,
				from: pa.fte,
				to: pb.fte,
				costBefore: costOf(a, pa),
				costAfter: costOf(b, pb)
			});
		if (pa.reportsTo !== pb.reportsTo)
			out.push({ kind: 'reportsTo-changed', postId, title, from: pa.reportsTo, to: pb.reportsTo });
		if (pa.unit !== pb.unit)
			out.push({ kind: 'unit-changed', postId, title, from: pa.unit, to: pb.unit });
		if (!deepEqual(fundingSplitOf(a, pa), fundingSplitOf(b, pb)))
			out.push({
				kind: 'funding-changed',
				postId,
				title,
				from: fundingSplitOf(a, pa),
				to: fundingSplitOf(b, pb)
			});
		if (pa.status !== pb.status)
			out.push({ kind: 'status-changed', postId, title, from: pa.status, to: pb.status });
		if (!deepEqual(pa.statutoryRoles, pb.statutoryRoles))
			out.push({
				kind: 'roles-changed',
				postId,
				title,
				from: pa.statutoryRoles,
				to: pb.statutoryRoles
			});
		const fields = OTHER_POST_FIELDS.filter((f) => !deepEqual(pa[f], pb[f]));
		if (fields.length)
			out.push({
				kind: 'other-changed',
				postId,
				title,
				fields,
				from: pickOther(pa),
				to: pickOther(pb)
			});
	}
	return out;
}
