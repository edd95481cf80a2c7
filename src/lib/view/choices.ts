import { descendants, orgIndex, treeOrder } from '../analysis/orgIndex.ts';
import type { Structure } from '../model/types.ts';

/**
 * The options of every picker (select list): the edit forms and the projector's what-if slide ask
 * here, so a post's possible line managers are worked out once, from the line tree in `orgIndex`.
 */
export interface Choice {
	id: string;
	label: string;
}

export interface ChoiceGroup {
	label: string;
	choices: Choice[];
}

const INDENT = '\u2003'; // an em space per level, so a list reads like the tree

/**
 * Every post (deleted ones too), in line-management order: the top post, then each manager followed
 * by their reports, by title. A deleted post keeps its place among its manager's reports (it manages
 * no one: a post with live reports cannot be deleted); one whose manager is gone comes at the end.
 */
export function postsInTreeOrder(s: Structure): { id: string; depth: number }[] {
	const deletedUnder = new Map<string, string[]>();
	const loose: string[] = [];
	for (const [id, p] of s.posts) {
		if (p.status !== 'deleted') continue;
		if (p.reportsTo === undefined || !s.posts.has(p.reportsTo)) loose.push(id);
		else deletedUnder.set(p.reportsTo, [...(deletedUnder.get(p.reportsTo) ?? []), id]);
	}
	const title = (id: string) => s.posts.get(id)!.title;
	for (const list of deletedUnder.values()) list.sort((a, b) => title(a).localeCompare(title(b)));

	const out: { id: string; depth: number }[] = [];
	const seen = new Set<string>();
	const emit = (id: string, depth: number) => {
		if (seen.has(id)) return;
		seen.add(id);
		out.push({ id, depth });
	};
	// Deleted reports of `manager` that sort before `before` (all of them when it is undefined).
	const flush = (manager: string, depth: number, before?: string) => {
		const list = deletedUnder.get(manager) ?? [];
		while (list.length && (before === undefined || title(list[0]).localeCompare(before) < 0)) {
			const id = list.shift()!;
			emit(id, depth + 1);
			flush(id, depth + 1);
		}
	};
	const open: { id: string; depth: number }[] = [];
	for (const e of treeOrder(orgIndex(s))) {
		while (open.length && open[open.length - 1].depth >= e.level) {
			const done = open.pop()!;
			flush(done.id, done.depth);
		}
		if (open.length) flush(open[open.length - 1].id, open[open.length - 1].depth, title(e.id));
		emit(e.id, e.level);
		open.push({ id: e.id, depth: e.level });
	}
	while (open.length) {
		const done = open.pop()!;
		flush(done.id, done.depth);
	}
	for (const id of loose.sort((a, b) => title(a).localeCompare(title(b)))) {
		emit(id, 0);
		flush(id, 0);
	}
	return out;
}

export interface ManagerChoiceOptions {
	/** Leave out the post's present line manager (moving to it would change nothing). */
	exceptPresent?: boolean;
	/**
	 * A flat list by layer, then title, without the posts cut off from the Chief Executive (the
	 * projector's list), instead of the indented tree.
	 */
	byLayer?: boolean;
}

/**
 * The posts `postId` could report to: every live post that is neither the post itself nor below it
 * (that would make a loop), in line-management order, indented by depth so the list reads like the
 * tree.
 */
export function managerChoices(
	s: Structure,
	postId: string,
	options: ManagerChoiceOptions = {}
): Choice[] {
	const index = orgIndex(s);
	if (!index.position.has(postId)) return [];
	const ruledOut = new Set([postId, ...descendants(index, postId)]);
	if (options.exceptPresent) {
		const present = s.posts.get(postId)!.reportsTo;
		if (present !== undefined) ruledOut.add(present);
	}
	const entries = treeOrder(index).filter((e) => !ruledOut.has(e.id));
	if (!options.byLayer)
		return entries.map((e) => ({
			id: e.id,
			label: `${INDENT.repeat(e.level)}${s.posts.get(e.id)!.title}`
		}));
	const layer = (id: string) => index.depth[index.position.get(id)!];
	return entries
		.filter((e) => layer(e.id) > 0)
		.sort(
			(x, y) =>
				layer(x.id) - layer(y.id) ||
				s.posts.get(x.id)!.title.localeCompare(s.posts.get(y.id)!.title)
		)
		.map((e) => ({ id: e.id, label: s.posts.get(e.id)!.title }));
}

/** Every post (deleted ones too), in line-management order, indented by depth. */
export function postChoices(s: Structure): Choice[] {
	return postsInTreeOrder(s).map(({ id, depth }) => ({
		id,
		label: `${INDENT.repeat(depth)}${s.posts.get(id)!.title}${s.posts.get(id)!.status === 'deleted' ? ' (deleted)' : ''}`
	}));
}

/**
 * Posts the facilitator may move: every live post but the Chief Executive, Managing Directors and
 * other directors first (they are what rooms ask about), then by layer and title.
 */
export function movablePosts(s: Structure): Choice[] {
	const index = orgIndex(s);
	return index.ids
		.map((id, i) => ({ id, post: index.posts[i], depth: index.depth[i] || 99 }))
		.filter((p) => p.id !== s.ceo)
		.sort(
			(x, y) =>
				Number(!!y.post.director) - Number(!!x.post.director) ||
				Number(/^Managing Director/.test(y.post.title)) -
					Number(/^Managing Director/.test(x.post.title)) ||
				x.depth - y.depth ||
				x.post.title.localeCompare(y.post.title)
		)
		.map((p) => ({
			id: p.id,
			label:
				p.post.reportsTo && s.posts.get(p.post.reportsTo)
					? `${p.post.title} (now reports to ${s.posts.get(p.post.reportsTo)!.title})`
					: p.post.title
		}));
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

export interface UnitChoiceOptions {
	/** Leave out this unit (a service's present one). */
	except?: string;
	/** Delivery Functions first (where the projector's room moves services to), then the rest. */
	deliveryFunctionsFirst?: boolean;
}

/** Units by name. */
export function unitChoices(s: Structure, options: UnitChoiceOptions = {}): Choice[] {
	const first = (id: string) =>
		options.deliveryFunctionsFirst && s.units[id].deliveryFunction ? 0 : 1;
	return Object.values(s.units)
		.filter((u) => u.id !== options.except)
		.map((u) => ({ id: u.id, label: u.name }))
		.sort((a, b) => first(a.id) - first(b.id) || byLabel(a, b));
}

/** Services, each with the unit it sits in now. */
export function serviceChoices(s: Structure): Choice[] {
	return Object.values(s.services)
		.map((sv) => ({ id: sv.id, label: `${sv.name} (now in ${s.units[sv.unit]?.name ?? sv.unit})` }))
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
	const named = (records: Record<string, { id: string; name: string }>) =>
		Object.values(records)
			.map((x) => ({ id: x.id, label: x.name }))
			.sort(byLabel);
	const groups: ChoiceGroup[] = [
		{ label: 'Posts', choices: postChoices(s) },
		{ label: 'Units', choices: unitChoices(s) },
		{ label: 'Services', choices: named(s.services) },
		{ label: 'Member and partnership bodies', choices: named(s.bodies) },
		{ label: 'Meetings', choices: named(s.meetings) }
	];
	return groups
		.map((g) => ({ ...g, choices: g.choices.filter((c) => c.id !== except) }))
		.filter((g) => g.choices.length > 0);
}
