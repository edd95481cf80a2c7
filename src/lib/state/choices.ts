import type { Structure } from '$lib/model/types';

/** One option of a select list in an edit form. */
export interface Choice {
	id: string;
	label: string;
}

export interface ChoiceGroup {
	label: string;
	choices: Choice[];
}

/** Posts in line-management order (the top post, then each manager followed by their reports). */
export function postsInTreeOrder(s: Structure): { id: string; depth: number }[] {
	const children = new Map<string, string[]>();
	for (const id in s.posts) {
		const to = s.posts[id].reportsTo;
		if (to === undefined || !Object.hasOwn(s.posts, to)) continue;
		let list = children.get(to);
		if (!list) children.set(to, (list = []));
		list.push(id);
	}
	const byTitle = (a: string, b: string) => s.posts[a].title.localeCompare(s.posts[b].title);
	const out: { id: string; depth: number }[] = [];
	const seen = new Set<string>();
	const walk = (id: string, depth: number) => {
		if (seen.has(id)) return;
		seen.add(id);
		out.push({ id, depth });
		for (const c of (children.get(id) ?? []).sort(byTitle)) walk(c, depth + 1);
	};
	if (Object.hasOwn(s.posts, s.ceo)) walk(s.ceo, 0);
	// Posts outside the tree (a broken reportsTo) still get listed, at the end.
	for (const id of Object.keys(s.posts).sort(byTitle)) walk(id, 0);
	return out;
}

/** Post ids at or below `postId` in the line (a post cannot report to any of them). */
export function postsBelow(s: Structure, postId: string): Set<string> {
	const below = new Set<string>([postId]);
	let grew = true;
	// A few passes over a few hundred posts; each pass adds the next layer down.
	while (grew) {
		grew = false;
		for (const id in s.posts) {
			const to = s.posts[id].reportsTo;
			if (to !== undefined && below.has(to) && !below.has(id)) {
				below.add(id);
				grew = true;
			}
		}
	}
	return below;
}

/**
 * The posts `postId` could report to: every post that is not deleted, not the post itself and not
 * below it, in line-management order, indented by depth so the list reads like the tree.
 */
export function managerChoices(s: Structure, postId: string): Choice[] {
	const below = postsBelow(s, postId);
	return postsInTreeOrder(s)
		.filter(({ id }) => !below.has(id) && s.posts[id].status !== 'deleted')
		.map(({ id, depth }) => ({ id, label: `${'\u2003'.repeat(depth)}${s.posts[id].title}` }));
}

/** Every post (deleted ones too), in line-management order, indented by depth. */
export function postChoices(s: Structure): Choice[] {
	return postsInTreeOrder(s).map(({ id, depth }) => ({
		id,
		label: `${'\u2003'.repeat(depth)}${s.posts[id].title}${s.posts[id].status === 'deleted' ? ' (deleted)' : ''}`
	}));
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

export function unitChoices(s: Structure): Choice[] {
	return Object.values(s.units)
		.map((u) => ({ id: u.id, label: u.name }))
		.sort(byLabel);
}

export function gradeChoices(s: Structure): Choice[] {
	// Dearest first, as pay scales are read.
	return Object.values(s.grades)
		.sort((a, b) => b.point - a.point || a.name.localeCompare(b.name))
		.map((g) => ({ id: g.id, label: g.name }));
}

/** Everything a link can point at, grouped by kind, for the other end of a new link. */
export function linkEndChoices(s: Structure, except?: string): ChoiceGroup[] {
	const groups: ChoiceGroup[] = [
		{ label: 'Posts', choices: postChoices(s) },
		{ label: 'Units', choices: unitChoices(s) },
		{
			label: 'Services',
			choices: Object.values(s.services)
				.map((x) => ({ id: x.id, label: x.name }))
				.sort(byLabel)
		},
		{
			label: 'Member and partnership bodies',
			choices: Object.values(s.bodies)
				.map((x) => ({ id: x.id, label: x.name }))
				.sort(byLabel)
		},
		{
			label: 'Meetings',
			choices: Object.values(s.meetings)
				.map((x) => ({ id: x.id, label: x.name }))
				.sort(byLabel)
		}
	];
	return groups
		.map((g) => ({ ...g, choices: g.choices.filter((c) => c.id !== except) }))
		.filter((g) => g.choices.length > 0);
}
