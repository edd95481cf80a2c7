import { describe, expect, it } from 'vitest';
import { makeStructure, post } from '$lib/testing/structure';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { descendants, orgIndex } from '../analysis/orgIndex.ts';
import { linkEndChoices, managerChoices, postChoices, postsInTreeOrder } from './choices.ts';

const s = loadBuiltInModels().find((m) => m.id === 'core-delivery-2021-md-to-ceo')!;

describe('choices for the edit forms', () => {
	it('postsInTreeOrder starts at the Chief Executive and lists every post once', () => {
		const order = postsInTreeOrder(s);
		expect(order[0]).toEqual({ id: s.ceo, depth: 0 });
		expect(order).toHaveLength(s.posts.size);
		expect(new Set(order.map((o) => o.id)).size).toBe(order.length);
		// Every post comes after its line manager.
		const at = new Map(order.map((o, i) => [o.id, i]));
		for (const p of s.posts.values()) {
			if (p.reportsTo) expect(at.get(p.reportsTo)!).toBeLessThan(at.get(p.id)!);
		}
	});

	it('managerChoices leaves out the post itself and every post below it', () => {
		const md = 'md-city-operations';
		const below = new Set([md, ...descendants(orgIndex(s), md)]);
		const reports = [...s.posts.values()].filter((p) => p.reportsTo === md);
		// The post, plus its direct reports at least.
		expect(below.size).toBeGreaterThanOrEqual(1 + reports.length);
		const ids = managerChoices(s, md).map((c) => c.id);
		expect(ids).not.toContain(md);
		for (const r of reports) expect(ids).not.toContain(r.id);
		expect(ids).toContain(s.ceo);
		expect(ids).toContain('pd-places');
		// Everything else is offered: all posts less those at or below the post (none are deleted here).
		const deleted = [...s.posts.values()].filter((p) => p.status === 'deleted' && !below.has(p.id));
		expect(ids).toHaveLength(s.posts.size - below.size - deleted.length);
	});

	it('linkEndChoices groups every record a link can name and leaves out the node itself', () => {
		const groups = linkEndChoices(s, s.ceo);
		const posts = groups.find((g) => g.label === 'Posts')!;
		expect(posts.choices.map((c) => c.id)).not.toContain(s.ceo);
		expect(posts.choices).toHaveLength(s.posts.size - 1);
		const units = groups.find((g) => g.label === 'Units')!;
		expect(units.choices).toHaveLength(Object.keys(s.units).length);
	});
});

describe('postsInTreeOrder with deleted posts', () => {
	// CEO ─┬─ Beta ── (Beta's deputy, deleted)
	//      ├─ (Alpha, deleted)
	//      ├─ Charlie
	//      └─ (Delta, deleted) ── (Delta's deputy, deleted)
	// and (Echo, deleted), whose manager is not in the structure.
	const s = makeStructure({
		posts: [
			post('ceo', 'Chief Executive'),
			post('c', 'Charlie', { reportsTo: 'ceo' }),
			post('b', 'Beta', { reportsTo: 'ceo' }),
			post('b1', 'Beta deputy', { reportsTo: 'b', status: 'deleted' }),
			post('a', 'Alpha', { reportsTo: 'ceo', status: 'deleted' }),
			post('d', 'Delta', { reportsTo: 'ceo', status: 'deleted' }),
			post('d1', 'Delta deputy', { reportsTo: 'd', status: 'deleted' }),
			post('e', 'Echo', { reportsTo: 'gone', status: 'deleted' })
		]
	});

	it('keeps each deleted post in its place among its manager’s reports, by title', () => {
		expect(postsInTreeOrder(s).map((e) => `${e.depth} ${e.id}`)).toEqual([
			'0 ceo',
			'1 a',
			'1 b',
			'2 b1',
			'1 c',
			'1 d',
			'2 d1',
			'0 e'
		]);
		expect(postChoices(s)[1].label).toBe('\u2003Alpha (deleted)');
	});

	it('never offers a deleted post as a line manager', () => {
		expect(managerChoices(s, 'c').map((c) => c.id)).toEqual(['ceo', 'b']);
	});
});
