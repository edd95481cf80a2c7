import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { structureFromJson, structureToJson, toDocument } from '$lib/model/structureDocument';
import type { Structure } from '$lib/model/types';
import { runChecks, summarise } from '$lib/analysis';
import { unitAggregates } from '$lib/analysis/unitAggregates';
import { Workspace, type CompactFigures } from './workspace.svelte';

const base = loadBuiltInModels().find((m) => m.id === 'core-delivery-2021-md-to-ceo')!;
const fresh = (): Structure => structureFromJson(structureToJson(base));
/** What the server sends for a large structure: the shell and its figures (here of a small one). */
function compact(): { shell: Structure; figures: CompactFigures } {
	const s = fresh();
	return {
		shell: { ...s, posts: new Map(), links: {} },
		figures: JSON.parse(
			JSON.stringify({
				posts: s.posts.size,
				summary: summarise(s),
				checks: runChecks(s),
				units: unitAggregates(s)
			})
		)
	};
}

describe('a Workspace sent compact', () => {
	it('reads its figures from the server, refuses edits, and is drawn by unit', () => {
		const { shell, figures } = compact();
		const ws = new Workspace(shell, 3, false, 3, figures);
		expect(ws.complete).toBe(false);
		expect(ws.large).toBe(true);
		// The CEO's ten direct reports, as the server measured them.
		expect(ws.summary.ceoSpan).toBe(10);
		expect(ws.units).toBe(figures.units);
		const r = ws.apply({
			type: 'movePost',
			postId: 'md-city-operations',
			newManagerId: 'pd-places'
		});
		expect(r.ok).toBe(false);
		expect(ws.dirty).toBe(false);
	});

	it('loads the whole structure of its version when asked, and then edits as usual', async () => {
		const { shell, figures } = compact();
		const ws = new Workspace(shell, 3, false, 3, figures);
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			return new Response(JSON.stringify({ structure: toDocument(fresh()), version: 3 }));
		}) as typeof fetch;
		expect(await ws.loadWhole(fetcher)).toBe(true);
		expect(asked).toEqual([`/api/structures/${base.id}@3`]);
		expect(ws.complete).toBe(true);
		expect(ws.large).toBe(false);
		expect(ws.version).toBe(3);
		const r = ws.apply({
			type: 'movePost',
			postId: 'md-city-operations',
			newManagerId: 'pd-places'
		});
		expect(r).toEqual({ ok: true });
		expect(ws.summary.ceoSpan).toBe(9);
	});
});
