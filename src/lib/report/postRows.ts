import {
	costOfPost,
	describePostChange,
	fromPence,
	toPence,
	type PostChangeKind,
	type StructureDiff
} from '$lib/analysis';
import type { Post, Structure } from '$lib/model/types';
import { fundingWords, nameOf, originLabels } from '$lib/words';
import type { ChangedPostRow, PostCostRow } from './types';

/** A post's full-year cost in the structure it belongs to, priced by the core (costOfPost). */
export function postCostRow(s: Structure, post: Post): PostCostRow {
	const c = costOfPost(s, post);
	const grade = s.grades[post.grade];
	return {
		postId: post.id,
		title: post.title,
		unitName: s.units[post.unit]?.name ?? post.unit,
		gradeId: post.grade,
		gradeName: grade?.name ?? post.grade,
		gradePoint: grade?.point ?? 0,
		fte: post.fte,
		salary: c.salary,
		employerNi: c.employerNi,
		employerPension: c.employerPension,
		total: c.total,
		funding: c.funding,
		fundingText: fundingWords(post.funding ?? s.defaultFunding.split),
		...(post.start ? { start: post.start } : {}),
		...(post.end ? { end: post.end } : {}),
		statutoryRoles: [...post.statutoryRoles],
		origin: originLabels(post)
	};
}

/**
 * The posts deleted, created and changed between a base and an option, each costed in the
 * structure it belongs to: a deleted post at the base's grades and assumptions, a created post at
 * the option's, a changed post at both. "Changed" takes in every post live in both structures
 * whose record or cost differs (a grade point or on-cost re-priced counts, so the three lists add
 * up to the whole change in full-year cost).
 */
export function postRows(
	base: Structure,
	option: Structure,
	diff: StructureDiff
): { deleted: PostCostRow[]; created: PostCostRow[]; changed: ChangedPostRow[] } {
	const deleted: PostCostRow[] = [];
	const created: PostCostRow[] = [];
	const changes = new Map<string, string[]>();
	const kinds = new Map<string, Set<PostChangeKind>>();
	for (const c of diff.postChanges) {
		if (c.kind === 'deleted') deleted.push(postCostRow(base, c.post));
		else if (c.kind === 'created') created.push(postCostRow(option, c.post));
		else {
			// The report's words are the describer's; where a fact's source changed is not a change to the post.
			const words = describePostChange(c, diff, { provenance: false });
			if (!words.length) continue;
			changes.set(c.postId, [...(changes.get(c.postId) ?? []), ...words]);
			kinds.set(c.postId, (kinds.get(c.postId) ?? new Set()).add(c.kind));
		}
	}
	const changed: ChangedPostRow[] = [];
	for (const id of option.posts.keys()) {
		const pa = base.posts.get(id);
		const pb = option.posts.get(id)!;
		if (!pa || pa.status === 'deleted' || pb.status === 'deleted') continue;
		const before = postCostRow(base, pa);
		const after = postCostRow(option, pb);
		const recorded = changes.get(id);
		if (!recorded && before.total === after.total) continue;
		const list = recorded ? [...recorded] : [];
		const own = kinds.get(id);
		if (before.total !== after.total && !own?.has('regraded') && !own?.has('fte-changed'))
			list.push('Re-priced: grade point or on-cost assumptions differ');
		changed.push({
			postId: id,
			title: pb.title,
			changes: list.length ? list : [`${nameOf(option, id)} changed`],
			before,
			after,
			delta: fromPence(toPence(after.total) - toPence(before.total))
		});
	}
	return { deleted, created, changed };
}
