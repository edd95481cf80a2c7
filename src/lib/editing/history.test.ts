import { describe, expect, it } from 'vitest';
import { applyEdit } from './applyEdit';
import type { Edit } from './edits';
import { editingFixture } from '$lib/testing/editingFixture';
import {
	canRedo,
	canUndo,
	changesSinceSaved,
	createHistory,
	isDirty,
	markSaved,
	record,
	redo,
	redoLabel,
	undo,
	undoLabel,
	type History
} from './history';

const s = editingFixture();

function edit(h: History, e: Edit, opts?: { coalesceKey?: string }): History {
	const r = applyEdit(h.present, e);
	if (!r.ok) throw new Error(r.error);
	return record(h, r, opts);
}

describe('history', () => {
	it('history starts with the loaded structure and nothing to undo (loading is not a step)', () => {
		const h = createHistory(s);
		expect(h.present).toBe(s);
		expect(canUndo(h)).toBe(false);
		expect(canRedo(h)).toBe(false);
		expect(isDirty(h)).toBe(false);
	});

	it('history undoes and redoes steps in order', () => {
		let h = createHistory(s);
		h = edit(h, { type: 'moveService', serviceId: 'parking', unitId: 'city-operations' });
		h = edit(h, { type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' });
		const after2 = h.present;
		expect(undoLabel(h)).toBe(
			'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year)'
		);
		h = undo(h);
		expect(h.present.posts.get('dcm')!.grade).toBe('jnc-director');
		expect(Object.isFrozen(h.present.posts.get('dcm'))).toBe(true);
		expect(h.present.services['parking'].unit).toBe('city-operations');
		expect(redoLabel(h)).toMatch(/regraded/);
		h = undo(h);
		expect(h.present).toEqual(s);
		expect(canUndo(h)).toBe(false);
		expect(undo(h)).toBe(h);
		h = redo(redo(h));
		expect(h.present).toEqual(after2);
		expect(canRedo(h)).toBe(false);
	});

	it('history does not record an edit that changes nothing, and a new edit clears redo', () => {
		let h = createHistory(s);
		h = edit(h, { type: 'movePost', postId: 'ad-parking', newManagerId: 'dn' });
		expect(canUndo(h)).toBe(false);
		h = edit(h, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' });
		h = undo(h);
		expect(canRedo(h)).toBe(true);
		h = edit(h, { type: 'retitlePost', postId: 'dn', title: 'Director of Communities' });
		expect(canRedo(h)).toBe(false);
		expect(h.past).toHaveLength(1);
	});

	it('history merges a drag into one step, and drops a drag that ends where it began', () => {
		let h = createHistory(s);
		h = edit(
			h,
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' },
			{ coalesceKey: 'drag-1' }
		);
		h = edit(
			h,
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'dcm' },
			{ coalesceKey: 'drag-1' }
		);
		expect(h.past).toHaveLength(1);
		expect(undoLabel(h)).toBe(
			'Assistant Director Parking now reports to Director of City Management (was Director of Neighbourhoods)'
		);
		expect(undo(h).present).toEqual(s);
		// A second drag is its own step; dragging back to the start leaves no step behind.
		h = edit(
			h,
			{ type: 'movePost', postId: 'ad-finance', newManagerId: 'ceo' },
			{ coalesceKey: 'drag-2' }
		);
		expect(h.past).toHaveLength(2);
		h = edit(
			h,
			{ type: 'movePost', postId: 'ad-finance', newManagerId: 'dcm' },
			{ coalesceKey: 'drag-2' }
		);
		expect(h.past).toHaveLength(1);
		expect(h.present.posts.get('ad-finance')!.reportsTo).toBe('dcm');
	});

	it('history knows what changed since the last save, net of undo', () => {
		let h = createHistory(s);
		h = edit(h, { type: 'moveService', serviceId: 'parking', unitId: 'city-operations' });
		expect(isDirty(h)).toBe(true);
		h = markSaved(h);
		expect(isDirty(h)).toBe(false);
		expect(changesSinceSaved(h)).toEqual([]);
		h = edit(h, { type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' });
		h = edit(h, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' });
		h = edit(h, { type: 'retitlePost', postId: 'dn', title: 'Director of Neighbourhoods' });
		expect(changesSinceSaved(h)).toEqual([
			'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year)'
		]);
		h = undo(undo(undo(h)));
		expect(isDirty(h)).toBe(false);
		h = undo(h);
		expect(isDirty(h)).toBe(true);
		expect(changesSinceSaved(h)).toEqual(['Parking moves from City Operations to Neighbourhoods']);
	});

	it('history keeps at most its limit of steps', () => {
		let h = createHistory(s, { limit: 2 });
		for (const title of ['A', 'B', 'C']) h = edit(h, { type: 'retitlePost', postId: 'dn', title });
		expect(h.past).toHaveLength(2);
		h = undo(undo(h));
		expect(h.present.posts.get('dn')!.title).toBe('A');
	});
});
