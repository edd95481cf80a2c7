/**
 * A small Svelte 5 wrapper around TanStack Virtual's framework-free core: which rows of a long
 * table are in view (plus a few either side), and the space above and below them, so a table of
 * 11,000 posts keeps a few dozen rows in the page. Rows are measured as they render (a row whose
 * origin or funding wraps is taller), keyed by the row's own key so sorting keeps measurements.
 */
import {
	elementScroll,
	observeElementOffset,
	observeElementRect,
	Virtualizer,
	type VirtualItem,
	type VirtualizerOptions
} from '@tanstack/virtual-core';

export interface VirtualRowsOptions {
	count: number;
	/** A row's key (its post id), for measurements that survive sorting and filtering. */
	key: (index: number) => string;
	/** A typical row's height in pixels, until it is measured. */
	rowHeight: number;
	/** Rows kept in the page beyond each edge of the view. */
	overscan: number;
	/** False: no rows are virtualised (a short table renders whole). */
	enabled: boolean;
}

export interface VirtualRows {
	/** The rows to render, each with its index and where it starts. */
	readonly items: VirtualItem[];
	/** Pixels of rows not rendered above the first rendered row. */
	readonly before: number;
	/** Pixels of rows not rendered below the last rendered row. */
	readonly after: number;
	/** An action for each rendered row (which carries data-index): measures its real height. */
	measure: (row: HTMLTableRowElement) => void;
	scrollToTop: () => void;
}

/**
 * Virtual rows for a scrolling element. Call during component initialisation; `options` is read
 * in an effect, so rows sorted, filtered or replaced are picked up.
 */
export function virtualRows(
	scroller: () => HTMLElement | undefined,
	options: () => VirtualRowsOptions
): VirtualRows {
	let items = $state.raw<VirtualItem[]>([]);
	let total = $state(0);

	const resolve = (
		o: VirtualRowsOptions
	): VirtualizerOptions<HTMLElement, HTMLTableRowElement> => ({
		count: o.count,
		getScrollElement: () => scroller() ?? null,
		estimateSize: () => o.rowHeight,
		getItemKey: o.key,
		overscan: o.overscan,
		enabled: o.enabled,
		// On the server (and before the first measurement) render the rows of a screenful.
		initialRect: { width: 1000, height: 12 * o.rowHeight },
		observeElementRect,
		observeElementOffset,
		scrollToFn: elementScroll,
		onChange: (v) => read(v)
	});
	const read = (v: Virtualizer<HTMLElement, HTMLTableRowElement>) => {
		items = v.getVirtualItems();
		total = v.getTotalSize();
	};

	const virtualizer = new Virtualizer<HTMLElement, HTMLTableRowElement>(resolve(options()));
	read(virtualizer);

	$effect(() => virtualizer._didMount());
	// New rows (a sort, a filter, an edit) or a new scrolling element: the core recomputes.
	$effect.pre(() => {
		virtualizer.setOptions(resolve(options()));
		virtualizer._willUpdate();
		read(virtualizer);
	});
	$effect(() => {
		// The scrolling element is bound after the first render.
		scroller();
		virtualizer._willUpdate();
	});

	return {
		get items() {
			return items;
		},
		get before() {
			return items[0]?.start ?? 0;
		},
		get after() {
			const last = items[items.length - 1];
			return last ? Math.max(0, total - last.end) : 0;
		},
		measure: (row) => virtualizer.measureElement(row),
		scrollToTop: () => virtualizer.scrollToOffset(0)
	};
}
