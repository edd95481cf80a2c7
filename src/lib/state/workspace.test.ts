import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { structureFromJson, structureToJson } from '$lib/model/structureDocument';
import type { Structure } from '$lib/model/types';
import { Workspace } from './workspace.svelte';

const base = loadBuiltInModels().find((m) => m.id === 'core-delivery-2021-md-to-ceo')!;
/** As the browser gets it: fresh JSON, not frozen. */
const fresh = (): Structure => structureFromJson(structureToJson(base));

describe('Workspace', () => {
	it('Workspace freezes a structure arriving as JSON, and loading it is not an undo step', () => {
		const ws = new Workspace(fresh(), 1, true);
		expect(Object.isFrozen(ws.structure)).toBe(true);
		expect(Object.isFrozen(ws.structure.posts.get('md-city-operations'))).toBe(true);
		expect(ws.canUndo).toBe(false);
		expect(ws.dirty).toBe(false);
		expect(ws.spans.ceo.span).toBe(10);
	});

	it('Workspace.apply moves a post, every measure follows, and undo and redo step through it', () => {
		const ws = new Workspace(fresh(), 1, true);
		const r = ws.apply({
			type: 'movePost',
			postId: 'md-city-operations',
			newManagerId: 'pd-places'
		});
		expect(r).toEqual({ ok: true });
		// Ten direct reports less the one moved.
		expect(ws.spans.ceo.span).toBe(9);
		expect(ws.summary.ceoSpan).toBe(9);
		expect(ws.dirty).toBe(true);
		expect(ws.undoLabel).toBe(
			'Managing Director: City Operations now reports to Purpose Director: Places, Prosperity and Sustainability (was Chief Executive)'
		);
		expect(ws.changeLog()).toEqual([ws.undoLabel]);
		ws.undo();
		expect(ws.spans.ceo.span).toBe(10);
		expect(ws.dirty).toBe(false);
		expect(ws.notice?.kind).toBe('undone');
		ws.redo();
		expect(ws.spans.ceo.span).toBe(9);
	});

	it('Workspace.apply refuses with the core’s message and changes nothing', () => {
		const ws = new Workspace(fresh(), 1, true);
		const before = ws.structure;
		const r = ws.apply({ type: 'movePost', postId: base.ceo, newManagerId: 'pd-places' });
		expect(r.ok).toBe(false);
		expect(ws.refusal).toBe(
			'Chief Executive is the top post (the Chief Executive) and reports to no one'
		);
		expect(ws.structure).toBe(before);
		expect(ws.canUndo).toBe(false);
	});

	it('Workspace.apply takes several edits from one form as one undo step, and returns a new post’s id', () => {
		const ws = new Workspace(fresh(), 1, true);
		const grade = Object.keys(base.grades).find(
			(g) => g !== base.posts.get('md-city-operations')!.grade
		)!;
		ws.apply([
			{ type: 'retitlePost', postId: 'md-city-operations', title: 'Managing Director: Operations' },
			{ type: 'regradePost', postId: 'md-city-operations', grade }
		]);
		expect(ws.structure.posts.get('md-city-operations')!.title).toBe(
			'Managing Director: Operations'
		);
		expect(ws.structure.posts.get('md-city-operations')!.grade).toBe(grade);
		ws.undo();
		expect(ws.structure.posts.get('md-city-operations')).toEqual(
			base.posts.get('md-city-operations')
		);
		expect(ws.canUndo).toBe(false);
		const added = ws.apply({
			type: 'addPost',
			post: {
				title: 'Head of Street Trading',
				grade,
				unit: base.posts.get('md-city-operations')!.unit,
				reportsTo: 'md-city-operations'
			}
		});
		expect(added).toEqual({ ok: true, createdId: 'head-of-street-trading' });
	});

	it('Workspace.saved marks the present as saved at the new version; undoing past it is unsaved again', () => {
		const ws = new Workspace(fresh(), 2, false, 2);
		ws.apply({ type: 'setAssumption', key: 'payAward', value: 0.03 });
		ws.saved(3);
		expect(ws.version).toBe(3);
		expect(ws.latestVersion).toBe(3);
		expect(ws.dirty).toBe(false);
		expect(ws.changeLog()).toEqual([]);
		ws.undo();
		expect(ws.dirty).toBe(true);
		expect(ws.changeLog()).toEqual(['Chief officer pay award a year is now 2.75% (was 3%)']);
	});
});

describe('Workspace on a day', () => {
	const y2021 = loadBuiltInModels().find((m) => m.id === 'core-delivery-2021')!;
	const copy = (): Structure => structureFromJson(structureToJson(y2021));

	it('shows the structure in force on the day chosen, and the model itself with no day', () => {
		const ws = new Workspace(copy(), 1, true);
		expect(ws.shown).toBe(ws.structure);
		ws.at = '2021-12-01';
		// The DASS role is held by the outgoing Director of Adult Social Care until 31 March 2022.
		const dass = [...ws.shown.posts.values()].filter((p) => p.statutoryRoles.includes('dass'));
		expect(dass.map((p) => p.id)).toEqual(['director-adult-social-care']);
		expect(ws.shown.date).toBe('2021-12-01');
		expect(ws.structure.date).toBe('2021-01-19');
		expect(ws.summary.posts).toBe(ws.shown.posts.size);
	});

	it('refuses an edit while a day is chosen, and allows it again once the day is cleared', () => {
		const ws = new Workspace(copy(), 1, true);
		ws.at = '2021-12-01';
		const move = {
			type: 'movePost',
			postId: 'md-city-operations',
			newManagerId: 'pd-places'
		} as const;
		const r = ws.apply(move);
		expect(r.ok).toBe(false);
		expect(ws.dirty).toBe(false);
		expect(ws.notice?.kind).toBe('refused');
		ws.at = undefined;
		expect(ws.apply(move).ok).toBe(true);
	});
});
