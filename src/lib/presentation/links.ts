/** The tabs of a structure's pages, in order, with their path under /structures/[id]. */
export const STRUCTURE_TABS = [
	{ path: '', label: 'Overview' },
	{ path: 'graph', label: 'Graph' },
	{ path: 'spans', label: 'Spans' },
	{ path: 'governance', label: 'Governance' },
	{ path: 'accountability', label: 'Accountability' },
	{ path: 'costs', label: 'Costs' }
] as const;

/**
 * A link to one of a structure's pages; a version asked for in the URL is kept so that moving
 * between tabs stays on that version.
 */
export function structureHref(
	id: string,
	tab = '',
	version?: number,
	params: Record<string, string | undefined> = {}
): string {
	const query = new URLSearchParams();
	if (version !== undefined) query.set('version', String(version));
	for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
	const qs = query.toString();
	return `/structures/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}${qs ? `?${qs}` : ''}`;
}

/** A link to the compare page for two structures. */
export function compareHref(a: string, b: string): string {
	return `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
