import { describe, expect, it } from 'vitest';
import { coreDelivery2021 } from '$lib/testing/councils';
import { makeStructure, post } from '$lib/testing/structure';
import {
	ancestors,
	descendants,
	directReports,
	lowestCommonManager,
	orgIndex,
	treeOrder
} from './orgIndex';
import { spanOfControl } from './spanOfControl';

describe('orgIndex', () => {
	it('orgIndex gives children, ancestors and layers along reportsTo', () => {
		const s = coreDelivery2021();
		const index = orgIndex(s);
		expect(index.ids).toHaveLength(11);
		expect(index.maxDepth).toBe(3);
		expect(directReports(index, 'pd-places')).toEqual(['md-city-operations', 'md-city-housing']);
		expect(ancestors(index, 'md-city-housing')).toEqual(['pd-places', 'ceo']);
		expect(ancestors(index, 'ceo')).toEqual([]);
		expect(lowestCommonManager(index, 'md-city-operations', 'md-city-housing')).toBe('pd-places');
		expect(lowestCommonManager(index, 'md-city-operations', 'md-city-life-courses')).toBe('ceo');
		// A post is its own ancestor: the Purpose Director manages the MD directly.
		expect(lowestCommonManager(index, 'pd-city-futures', 'md-city-life-courses')).toBe(
			'pd-city-futures'
		);
		expect(lowestCommonManager(index, 'pd-places', 'nobody')).toBeUndefined();
	});

	it('orgIndex is built once per structure object and anew for a new snapshot', () => {
		const s = coreDelivery2021();
		expect(orgIndex(s)).toBe(orgIndex(s));
		const edited = {
			...s,
			posts: new Map(s.posts).set('md-city-housing', {
				...s.posts.get('md-city-housing')!,
				reportsTo: 'ceo'
			})
		};
		expect(orgIndex(edited)).not.toBe(orgIndex(s));
		expect(spanOfControl(s).ceo.span).toBe(4);
		expect(spanOfControl(edited).ceo.span).toBe(5);
	});

	it('a snapshot that keeps the same frozen posts Map and CEO reuses the index', () => {
		const s = coreDelivery2021();
		const posts = Object.freeze(new Map(s.posts));
		const a = { ...s, posts };
		const index = orgIndex(a);
		// Renamed: the posts Map is the very same object, so the same index.
		expect(orgIndex({ ...a, name: 'Renamed' })).toBe(index);
		// Another top post reads the same record differently: a new index, two layers below it.
		const otherTop = orgIndex({ ...a, ceo: 'pd-places' });
		expect(otherTop).not.toBe(index);
		expect(otherTop.maxDepth).toBe(2);
		// An unfrozen record may have been written to since: built anew.
		const open = new Map(s.posts);
		orgIndex({ ...s, posts: open });
		expect(orgIndex({ ...s, posts: open })).not.toBe(orgIndex({ ...s, posts: open }));
	});

	it('a snapshot with the same post ids reuses their positions, and one that deletes a post does not', () => {
		const s = coreDelivery2021();
		const before = orgIndex(s);
		// Same ids, one manager changed: the same positions, the new line.
		const moved = orgIndex({
			...s,
			posts: new Map(s.posts).set('md-city-housing', {
				...s.posts.get('md-city-housing')!,
				reportsTo: 'ceo'
			})
		});
		expect(moved.ids).toEqual(before.ids);
		expect(moved.position).toBe(before.position);
		expect(directReports(moved, 'ceo')).toContain('md-city-housing');
		expect(directReports(moved, 'pd-places')).toEqual(['md-city-operations']);
		// A post deleted: the live posts are one fewer and numbered again.
		const deleted = orgIndex({
			...s,
			posts: new Map(s.posts).set('md-city-housing', {
				...s.posts.get('md-city-housing')!,
				status: 'deleted'
			})
		});
		expect(deleted.ids).toHaveLength(10);
		expect(deleted.position.has('md-city-housing')).toBe(false);
		expect(deleted.ids.map((id) => deleted.position.get(id))).toEqual([...Array(10).keys()]);
		// And back: every id again, at its first position.
		const again = orgIndex({ ...s });
		expect(again.ids).toEqual(before.ids);
		expect(again.ids.map((id) => again.position.get(id))).toEqual([...Array(11).keys()]);
	});

	it('memoised reports are read-only, so sorting one in place fails loudly', () => {
		const report = spanOfControl(coreDelivery2021());
		expect(Object.isFrozen(report.managers)).toBe(true);
		expect(() => report.managers.sort((a, b) => a.span - b.span)).toThrow(TypeError);
		// A copy sorts.
		expect([...report.managers].sort((a, b) => b.span - a.span)[0].postId).toBe('ceo');
	});
});

describe('descendants and treeOrder', () => {
	// CEO ─┬─ Zeta ── Zeta's deputy ── Team lead
	//      ├─ Alpha ─┬─ Alpha two
	//      │         └─ Alpha one
	//      └─ (Gone: deleted, so not in the tree)
	// plus Loose, whose manager does not exist, with a report of its own.
	const s = makeStructure({
		posts: [
			post('ceo', 'Chief Executive'),
			post('z', 'Zeta', { reportsTo: 'ceo' }),
			post('z1', 'Zeta deputy', { reportsTo: 'z' }),
			post('z2', 'Team lead', { reportsTo: 'z1' }),
			post('a', 'Alpha', { reportsTo: 'ceo' }),
			post('a2', 'Alpha two', { reportsTo: 'a' }),
			post('a1', 'Alpha one', { reportsTo: 'a' }),
			post('gone', 'Gone', { reportsTo: 'ceo', status: 'deleted' }),
			post('loose', 'Loose', { reportsTo: 'nobody' }),
			post('loose1', 'Loose report', { reportsTo: 'loose' })
		]
	});
	const index = orgIndex(s);

	it('descendants lists the live posts below, nearest layer first, not the post itself', () => {
		expect(descendants(index, 'z')).toEqual(['z1', 'z2']);
		expect(descendants(index, 'a').sort()).toEqual(['a1', 'a2']);
		// Ten posts less the CEO, the deleted one and the two loose ones: six below the CEO.
		expect(descendants(index, 'ceo')).toHaveLength(6);
		expect(descendants(index, 'z2')).toEqual([]);
		expect(descendants(index, 'gone')).toEqual([]);
	});

	it('treeOrder walks down from the CEO, reports by title, then the posts cut off from it', () => {
		expect(treeOrder(index).map((e) => `${e.level} ${e.id}`)).toEqual([
			'0 ceo',
			'1 a',
			'2 a1',
			'2 a2',
			'1 z',
			'2 z1',
			'3 z2',
			'0 loose',
			'1 loose1'
		]);
	});

	it('treeOrder takes another order for reports', () => {
		const reverse = treeOrder(index, (x, y) => y.title.localeCompare(x.title)).map((e) => e.id);
		expect(reverse.slice(0, 4)).toEqual(['ceo', 'z', 'z1', 'z2']);
	});

	it('descendants and treeOrder stop at a reporting loop', () => {
		const loop = makeStructure({
			posts: [
				post('ceo', 'Chief Executive'),
				post('x', 'X', { reportsTo: 'y' }),
				post('y', 'Y', { reportsTo: 'x' })
			]
		});
		const i = orgIndex(loop);
		expect(descendants(i, 'x')).toEqual(['y']);
		expect(treeOrder(i).map((e) => `${e.level} ${e.id}`)).toEqual(['0 ceo', '0 x', '1 y']);
	});
});
