import {
	costOfPost,
	fromPence,
	nameOf,
	toPence,
	type PostChange,
	type StructureDiff
} from '$lib/analysis';
import {
	FUNDING_SOURCE_NAMES,
	FUNDING_SOURCES,
	STATUTORY_ROLE_NAMES,
	type FundingSplit,
	type Post,
	type Structure
} from '$lib/model/types';
import type { ChangedPostRow, PostCostRow } from './types';

/** "General Fund 60%, Housing Revenue Account 40%". */
export function fundingWords(split: FundingSplit): string {
	const parts = FUNDING_SOURCES.filter((src) => (split[src] ?? 0) > 0).map(
		(src) => `${FUNDING_SOURCE_NAMES[src]} ${split[src]}%`
	);
	return parts.length ? parts.join(', ') : `${FUNDING_SOURCE_NAMES.generalFund} 100%`;
}

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
		statutoryRoles: [...post.statutoryRoles]
	};
}

const roleList = (roles: readonly string[]) =>
	roles.length
		? roles.map((r) => STATUTORY_ROLE_NAMES[r as keyof typeof STATUTORY_ROLE_NAMES] ?? r).join(', ')
		: 'none';

/** One change to a post that stays, in words, with names from the diff. */
export function postChangeWords(c: PostChange, diff: StructureDiff): string | undefined {
	const name = (id: string | undefined) => (id === undefined ? 'nobody' : (diff.names[id] ?? id));
	const grade = (id: string) => diff.gradeNames[id] ?? id;
	switch (c.kind) {
		case 'retitled':
			return `Retitled: “${c.from}” → “${c.to}”`;
		case 'regraded':
			return `Regraded: ${grade(c.from)} → ${grade(c.to)}`;
		case 'reportsTo-changed':
			return `Line manager: ${name(c.from)} → ${name(c.to)}`;
		case 'unit-changed':
			return `Unit: ${name(c.from)} → ${name(c.to)}`;
		case 'funding-changed':
			return `Funding: ${fundingWords(c.from)} → ${fundingWords(c.to)}`;
		case 'status-changed':
			return `Status: ${c.from} → ${c.to}`;
		case 'fte-changed':
			return `FTE: ${c.from} → ${c.to}`;
		case 'roles-changed':
			return `Statutory roles: ${roleList(c.from)} → ${roleList(c.to)}`;
		case 'other-changed': {
			// Where a fact's source note changed is not a change to the post.
			const fields = c.fields.filter((f) => f !== 'provenance');
			return fields.length ? `Also changed: ${fields.join(', ')}` : undefined;
		}
		default:
			return undefined;
	}
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
	for (const c of diff.postChanges) {
		if (c.kind === 'deleted') deleted.push(postCostRow(base, c.post));
		else if (c.kind === 'created') created.push(postCostRow(option, c.post));
		else {
			const words = postChangeWords(c, diff);
			if (!words) continue;
			changes.set(c.postId, [...(changes.get(c.postId) ?? []), words]);
		}
	}
	const changed: ChangedPostRow[] = [];
	for (const id of Object.keys(option.posts)) {
		const pa = base.posts[id];
		const pb = option.posts[id];
		if (!pa || pa.status === 'deleted' || pb.status === 'deleted') continue;
		const before = postCostRow(base, pa);
		const after = postCostRow(option, pb);
		const recorded = changes.get(id);
		if (!recorded && before.total === after.total) continue;
		const list = recorded ? [...recorded] : [];
		if (
			before.total !== after.total &&
			!list.some((w) => w.startsWith('Regraded') || w.startsWith('FTE'))
		)
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
