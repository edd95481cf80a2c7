import { formatNumber } from '$lib/words';

/**
 * Filtering and counting for the long tables (posts, costs, managers): pure, so an 11,000-row
 * table filters and counts the same in a test as on the page.
 */

/** A column of a long table. */
export interface TableColumn {
	key: string;
	label: string;
	num?: boolean;
	/** Sortable: the header is a button following the caller's sort link for this key. */
	sortable?: boolean;
	/** The column's share of a long table's width (fixed layout, so widths hold as rows scroll). */
	width?: string;
}

/** The words of a filter box, lower-cased: every one must appear in a row for it to stay. */
export function filterWords(query: string): string[] {
	return query.toLowerCase().split(/\s+/).filter(Boolean);
}

// Each row's lower-cased text, kept per text function while the rows live: a keystroke in the
// filter box of 11,000 rows then only searches strings.
const searchable = new WeakMap<(row: never) => string, WeakMap<object, string>>();

function haystack<T>(row: T, text: (row: T) => string): string {
	if (typeof row !== 'object' || row === null) return text(row).toLowerCase();
	let byRow = searchable.get(text);
	if (!byRow) searchable.set(text, (byRow = new WeakMap()));
	let hay = byRow.get(row);
	if (hay === undefined) byRow.set(row, (hay = text(row).toLowerCase()));
	return hay;
}

/**
 * The rows whose text holds every word of the query (any order, any case), in their order. An
 * empty query keeps every row. `text` gives the searchable text of a row (title, id, unit, grade).
 */
export function filterRows<T>(rows: readonly T[], query: string, text: (row: T) => string): T[] {
	const words = filterWords(query);
	if (words.length === 0) return [...rows];
	return rows.filter((row) => {
		const hay = haystack(row, text);
		return words.every((w) => hay.includes(w));
	});
}

/** A count with its noun: "1 post", "11,000 posts". */
export function countOf(n: number, noun: { one: string; many: string }): string {
	return `${formatNumber(n)} ${n === 1 ? noun.one : noun.many}`;
}

/** What a filtered table shows: "Showing 1,234 of 11,000 posts", or "Showing all 31 posts". */
export function showingCount(
	shown: number,
	total: number,
	noun: { one: string; many: string }
): string {
	if (shown === total)
		return total === 1 ? `Showing the 1 ${noun.one}` : `Showing all ${countOf(total, noun)}`;
	return `Showing ${formatNumber(shown)} of ${countOf(total, noun)}`;
}

/** The query pairs of a query-only link ("?sort=total&dir=descending"), for a GET form's fields. */
export function queryPairs(query: string): [string, string][] {
	return [...new URLSearchParams(query.replace(/^\?/, ''))];
}
