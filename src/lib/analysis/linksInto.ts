import type { Link, LinkType, Structure } from '../model/types';

const cache = new WeakMap<Structure, Map<string, Link[]>>();

/**
 * Links by the id they point at, memoised per structure. A link from a deleted post is not part of
 * the live structure and is left out; links from units, bodies, meetings and live posts count.
 */
export function linksInto(s: Structure, to: string, type?: LinkType): Link[] {
	let byTarget = cache.get(s);
	if (!byTarget) {
		byTarget = new Map();
		for (const link of Object.values(s.links)) {
			if (s.posts.get(link.from)?.status === 'deleted') continue;
			const list = byTarget.get(link.to);
			if (list) list.push(link);
			else byTarget.set(link.to, [link]);
		}
		cache.set(s, byTarget);
	}
	const all = byTarget.get(to) ?? [];
	return type ? all.filter((l) => l.type === type) : all;
}
