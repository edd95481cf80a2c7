import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphKeydown, type GraphKey } from './graphKeys.ts';

/** A chief executive over two directors, the left one nearer, drawn headless. */
function drawing() {
	return cytoscape({
		headless: true,
		layout: { name: 'preset' },
		elements: [
			{ data: { id: 'ceo', kind: 'post' }, position: { x: 0, y: 0 } },
			{ data: { id: 'left', kind: 'post', manager: 'ceo' }, position: { x: -40, y: 100 } },
			{ data: { id: 'right', kind: 'post', manager: 'ceo' }, position: { x: 90, y: 100 } },
			{ data: { id: 'board', kind: 'body' }, position: { x: 300, y: 0 } }
		]
	});
}

type Modifiers = Partial<Pick<GraphKey, 'ctrlKey' | 'altKey' | 'metaKey'>>;

/**
 * Presses a key in the drawing (the fields the keys read: the tests run without a DOM); answers what
 * it selected and moved, and whether it kept the key from going further.
 */
function press(key: string, selected: string | undefined, mods: Modifiers = {}) {
	const chosen: (string | undefined)[] = [];
	const moved: string[] = [];
	let kept = false;
	const e: GraphKey = {
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		...mods,
		preventDefault: () => void (kept = true)
	};
	graphKeydown(e, drawing(), selected, {
		onselect: (id) => chosen.push(id),
		onmove: (id) => moved.push(id)
	});
	return { chosen, moved, kept };
}

describe('the keys of the graph', () => {
	it('select the top post first, then walk down to the nearest report and back up', () => {
		expect(press('ArrowDown', undefined)).toEqual({ chosen: ['ceo'], moved: [], kept: true });
		expect(press('ArrowDown', 'ceo').chosen).toEqual(['left']);
		expect(press('ArrowUp', 'right').chosen).toEqual(['ceo']);
		expect(press('ArrowRight', 'left').chosen).toEqual(['right']);
	});

	it('ask to move a selected post with M, but not a body', () => {
		expect(press('m', 'left')).toEqual({ chosen: [], moved: ['left'], kept: true });
		expect(press('M', 'board')).toEqual({ chosen: [], moved: [], kept: false });
	});

	it('clear the selection with Escape', () => {
		expect(press('Escape', 'right')).toEqual({ chosen: [undefined], moved: [], kept: true });
		expect(press('Escape', undefined).kept).toBe(false);
	});

	it('leave Ctrl+Z and ⌘+M alone, for the editor’s undo and the browser', () => {
		expect(press('z', 'left', { ctrlKey: true })).toEqual({ chosen: [], moved: [], kept: false });
		expect(press('m', 'left', { metaKey: true })).toEqual({ chosen: [], moved: [], kept: false });
	});
});
