import { getContext, setContext } from 'svelte';

/**
 * Paper has no "show more": a page printed by the server (no scripts run there) asks every fold on
 * it to render open, so the PDF carries everything the screen folds away.
 */
const OPEN_ALL = Symbol('folds open');

/** Called by a page while it renders for print: every Fold under it starts open. */
export function openAllFolds(): void {
	setContext(OPEN_ALL, true);
}

export function foldsStartOpen(): boolean {
	return getContext<boolean | undefined>(OPEN_ALL) === true;
}
