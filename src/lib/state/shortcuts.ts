/** The keyboard shortcuts for undo and redo, decided from a key event (pure, so it is tested). */

export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

export interface TargetLike {
	tagName?: string;
	type?: string;
	isContentEditable?: boolean;
}

/** Input types that take typed text, where Ctrl+Z belongs to the field, not to the structure. */
const TEXT_INPUTS = new Set([
	'text',
	'search',
	'number',
	'email',
	'url',
	'tel',
	'password',
	'date',
	'month',
	'week',
	'time',
	'datetime-local'
]);

/** True when the key goes to a field the user is typing in (its own undo applies there). */
export function isTypingTarget(t: TargetLike | null | undefined): boolean {
	if (!t) return false;
	if (t.isContentEditable) return true;
	const tag = (t.tagName ?? '').toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') return TEXT_INPUTS.has((t.type ?? 'text').toLowerCase());
	return false;
}

/**
 * Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo. Nothing while typing in a field, and
 * nothing with Alt (so AltGr combinations on European keyboards are left alone).
 */
export function editShortcut(e: KeyLike, target?: TargetLike | null): 'undo' | 'redo' | undefined {
	if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
	if (isTypingTarget(target)) return undefined;
	const key = e.key.toLowerCase();
	if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
	if (key === 'y' && !e.shiftKey) return 'redo';
	return undefined;
}
