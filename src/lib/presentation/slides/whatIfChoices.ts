import { orgIndex } from '$lib/analysis';
import type { Structure } from '$lib/model/types';

export interface Choice {
	id: string;
	label: string;
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
				p.post.reportsTo && s.posts[p.post.reportsTo]
					? `${p.post.title} (now reports to ${s.posts[p.post.reportsTo].title})`
					: p.post.title
		}));
}

/**
 * Line managers a post may move to: live posts that are neither the post nor below it (that would
 * make a loop), the current manager left out, by layer then title.
 */
export function managerChoices(s: Structure, postId: string): Choice[] {
	const index = orgIndex(s);
	const self = index.position.get(postId);
	if (self === undefined) return [];
	const below = new Set<number>([self]);
	const queue = [self];
	while (queue.length) {
		const i = queue.pop()!;
		for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++) {
			const c = index.childList[k];
			if (!below.has(c)) {
				below.add(c);
				queue.push(c);
			}
		}
	}
	const current = s.posts[postId]?.reportsTo;
	return index.ids
		.map((id, i) => ({ id, i }))
		.filter(({ id, i }) => !below.has(i) && id !== current && index.depth[i] > 0)
		.sort(
			(x, y) =>
				index.depth[x.i] - index.depth[y.i] ||
				index.posts[x.i].title.localeCompare(index.posts[y.i].title)
		)
		.map(({ id, i }) => ({ id, label: index.posts[i].title }));
}

/** Services, each with the unit it sits in now. */
export function serviceChoices(s: Structure): Choice[] {
	return Object.values(s.services)
		.map((sv) => ({ id: sv.id, label: `${sv.name} (now in ${s.units[sv.unit]?.name ?? sv.unit})` }))
		.sort((x, y) => x.label.localeCompare(y.label));
}

/** Units a service may move to: Delivery Functions first, then the rest; its present unit left out. */
export function unitChoices(s: Structure, serviceId: string): Choice[] {
	const current = s.services[serviceId]?.unit;
	return Object.values(s.units)
		.filter((u) => u.id !== current)
		.sort(
			(x, y) =>
				Number(!!y.deliveryFunction) - Number(!!x.deliveryFunction) || x.name.localeCompare(y.name)
		)
		.map((u) => ({ id: u.id, label: u.name }));
}
