/** The tabs of a structure's pages, in order; `tab` is the path under /structures/[id]. */
export const STRUCTURE_TABS = [
	{ tab: '', label: 'Overview' },
	{ tab: 'graph', label: 'Graph' },
	{ tab: 'spans', label: 'Spans' },
	{ tab: 'governance', label: 'Governance' },
	{ tab: 'accountability', label: 'Accountability' },
	{ tab: 'costs', label: 'Costs' },
	{ tab: 'history', label: 'History' },
	{ tab: 'sharing', label: 'Sharing' }
] as const;

export type StructureTab = (typeof STRUCTURE_TABS)[number]['tab'];

/** The tab a path shows: /structures/clt-2020@3/costs → 'costs'; the overview is ''. */
export function structureTabOf(pathname: string): StructureTab {
	const rest = /\/structures\/[^/]+\/?(.*)$/.exec(pathname)?.[1] ?? '';
	return STRUCTURE_TABS.find((t) => t.tab === rest.replace(/\/$/, ''))?.tab ?? '';
}

/** Query parameters as a string without the "?": empty values are left out. */
export function toQuery(
	params: URLSearchParams | Readonly<Record<string, string | number | undefined>>
): string {
	const entries =
		params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
	const query = new URLSearchParams();
	for (const [k, v] of entries) if (v !== undefined && v !== '') query.set(k, String(v));
	return query.toString();
}
