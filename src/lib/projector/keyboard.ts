/** What a key does in the presentation. */
export type SlideAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; index: number }
	| { type: 'fullscreen' }
	| { type: 'exit' };

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * Keys a presenter's clicker or keyboard sends: arrows, space, Page Up/Down step; Home/End; a
 * number key jumps to that slide (1–9); F toggles full screen; Escape leaves. Keys with Ctrl, Alt
 * or Cmd belong to the browser, and the caller skips keys typed into a form field.
 */
export function slideActionForKey(e: KeyInput, slideCount: number): SlideAction | null {
	if (e.ctrlKey || e.altKey || e.metaKey) return null;
	switch (e.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case ' ':
		case 'Spacebar':
			return { type: e.shiftKey ? 'previous' : 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'previous' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'Escape':
			return { type: 'exit' };
	}
	if (/^[1-9]$/.test(e.key)) {
		const index = Number(e.key) - 1;
		return index < slideCount ? { type: 'goto', index } : null;
	}
	return null;
}

/** The slide index an action leads to, kept within the deck (null for non-moving actions). */
export function nextIndex(action: SlideAction, current: number, slideCount: number): number | null {
	const last = slideCount - 1;
	switch (action.type) {
		case 'next':
			return Math.min(last, current + 1);
		case 'previous':
			return Math.max(0, current - 1);
		case 'first':
			return 0;
		case 'last':
			return last;
		case 'goto':
			return Math.max(0, Math.min(last, action.index));
		default:
			return null;
	}
}

/** ?slide=3 (counted from 1, as people count) → index 2; anything else → the first slide. */
export function slideIndexFromParam(value: string | null, slideCount: number): number {
	const n = Number(value);
	if (!value || !Number.isInteger(n) || n < 1) return 0;
	return Math.min(n, slideCount) - 1;
}

/** A query string with ?slide= set to slide `index` (counted from 0), other parameters kept. */
export function withSlide(search: string, index: number): string {
	const q = new URLSearchParams(search);
	q.set('slide', String(index + 1));
	return `?${q.toString()}`;
}

/** The query of a presentation's windows for structures a and b (`id` or `id@N`), at a slide (from 0). */
export function presentQuery(a: string, b: string, index?: number): string {
	const q = new URLSearchParams({ a, b });
	if (index !== undefined) q.set('slide', String(index + 1));
	return q.toString();
}
