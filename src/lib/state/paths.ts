import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { formatStructureRef, type StructureRef } from '$lib/model/structureRef';
import { toQuery, type StructureTab } from '$lib/view/links';

/**
 * Links inside the app, built with resolve() (so a base path is honoured and route ids are
 * type-checked) and typed ResolvedPathname, which the navigation lint rule accepts.
 */
const STRUCTURE_ROUTES = {
	'': '/structures/[id]',
	graph: '/structures/[id]/graph',
	spans: '/structures/[id]/spans',
	governance: '/structures/[id]/governance',
	accountability: '/structures/[id]/accountability',
	costs: '/structures/[id]/costs',
	history: '/structures/[id]/history',
	sharing: '/structures/[id]/sharing'
} as const;

type Params = URLSearchParams | Readonly<Record<string, string | number | undefined>>;

/**
 * One of a structure's pages, at its latest version (given an id) or at a pinned version (given
 * { id, version }: /structures/id@N/…), with query parameters (such as post).
 */
export function structurePath(
	structure: string | StructureRef,
	tab: StructureTab = '',
	params: Params = {}
): ResolvedPathname {
	const id = typeof structure === 'string' ? structure : formatStructureRef(structure);
	const route = STRUCTURE_ROUTES[tab];
	const query = toQuery(params);
	return query ? resolve(`${route}?${query}`, { id }) : resolve(route, { id });
}

/** The compare page, for a pair (a, b: each `id` or `id@N`) and any view state. */
export function comparePath(params: Params = {}): ResolvedPathname {
	const query = toQuery(params);
	return query ? resolve(`/compare?${query}`) : resolve('/compare');
}

/** The projector deck for a pair: the structure before (a) and after (b), each `id` or `id@N`. */
export function presentPath(params: Params = {}): ResolvedPathname {
	const query = toQuery(params);
	return query ? resolve(`/present?${query}`) : resolve('/present');
}

/** The JNC costed-options report: a base and its options (comma-separated), each `id` or `id@N`. */
export function reportPath(params: Params = {}): ResolvedPathname {
	const query = toQuery(params);
	return query ? resolve(`/report?${query}`) : resolve('/report');
}

/** Laying a senior option over an establishment (`id` or `id@N`), with any choices made. */
export function applyOptionPath(
	establishment: string | StructureRef,
	params: Params = {}
): ResolvedPathname {
	const id = typeof establishment === 'string' ? establishment : formatStructureRef(establishment);
	const query = toQuery(params);
	return query
		? resolve(`/structures/[id]/apply-option?${query}`, { id })
		: resolve('/structures/[id]/apply-option', { id });
}
