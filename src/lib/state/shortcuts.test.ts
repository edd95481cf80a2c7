import { describe, expect, it } from 'vitest';
import { editShortcut, isTypingTarget } from './shortcuts';

const key = (
	k: string,
	mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {}
) => ({
	key: k,
	ctrlKey: !!mods.ctrl,
	metaKey: !!mods.meta,
	shiftKey: !!mods.shift,
	altKey: !!mods.alt
});

describe('editShortcut', () => {
	it('editShortcut maps Ctrl+Z to undo and Ctrl+Shift+Z and Ctrl+Y to redo', () => {
		expect(editShortcut(key('z', { ctrl: true }))).toBe('undo');
		// With Shift held the browser reports a capital Z.
		expect(editShortcut(key('Z', { ctrl: true, shift: true }))).toBe('redo');
		expect(editShortcut(key('y', { ctrl: true }))).toBe('redo');
		expect(editShortcut(key('z', { meta: true }))).toBe('undo');
	});

	it('editShortcut ignores plain keys, Alt combinations and other letters', () => {
		expect(editShortcut(key('z'))).toBeUndefined();
		expect(editShortcut(key('z', { ctrl: true, alt: true }))).toBeUndefined();
		expect(editShortcut(key('s', { ctrl: true }))).toBeUndefined();
		expect(editShortcut(key('Y', { ctrl: true, shift: true }))).toBeUndefined();
	});

	it('editShortcut leaves Ctrl+Z to a text field the user is typing in', () => {
		expect(
			editShortcut(key('z', { ctrl: true }), { tagName: 'INPUT', type: 'text' })
		).toBeUndefined();
		expect(editShortcut(key('z', { ctrl: true }), { tagName: 'TEXTAREA' })).toBeUndefined();
		expect(
			editShortcut(key('y', { ctrl: true }), { tagName: 'DIV', isContentEditable: true })
		).toBeUndefined();
		// A checkbox or button takes no text, so the shortcut still undoes the structure.
		expect(editShortcut(key('z', { ctrl: true }), { tagName: 'INPUT', type: 'checkbox' })).toBe(
			'undo'
		);
		expect(editShortcut(key('z', { ctrl: true }), { tagName: 'BUTTON' })).toBe('undo');
	});
});

describe('isTypingTarget', () => {
	it('isTypingTarget counts text, number and date inputs, text areas and selects', () => {
		expect(isTypingTarget({ tagName: 'input', type: 'number' })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT', type: 'date' })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
		expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});
