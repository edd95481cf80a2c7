import { describe, expect, it } from 'vitest';
import { smallEstablishment } from '$lib/testing/smallEstablishment';
import { unitAggregates } from '../analysis/unitAggregates';
import {
	closeUnit,
	estimateElements,
	findPosts,
	isLargeStructure,
	openUnit,
	unitGraph,
	unitPath,
	unitPosts
} from './unitGraph';

const establishment = smallEstablishment;

const ids = (g: { nodes: { data: { id: string } }[] }) => g.nodes.map((n) => n.data.id);
const lines = (g: { edges: { data: { source: string; target: string } }[] }) =>
	g.edges.map((e) => `${e.data.source} > ${e.data.target}`);

describe('unitAggregates', () => {
	it('gives each unit with its sub-units: posts, FTE, cost, span, layers and head', () => {
		const u = unitAggregates(establishment());
		// dept-a: a, a1, a2, a3, x1. Managers a (3 reports) and a1 (1): 4 ÷ 2 = 2. Layers 2 to 4.
		expect(u['dept-a']).toMatchObject({
			posts: 5,
			fte: 4.5,
			cost: 513126.67,
			vacant: 1,
			managers: 2,
			averageSpan: 2,
			layers: 3,
			head: 'a',
			headManager: 'ceo',
			headManagerUnit: 'corporate',
			units: ['team-a1']
		});
		// team-a1: a1 heads it (the first post on its highest layer); only a1 manages (1 report).
		expect(u['team-a1']).toMatchObject({
			posts: 4,
			managers: 1,
			averageSpan: 1,
			layers: 2,
			head: 'a1',
			headManager: 'a',
			parent: 'dept-a'
		});
		expect(u['corporate']).toMatchObject({ posts: 1, averageSpan: 2, layers: 1, head: 'ceo' });
		expect(u['corporate'].headManager).toBeUndefined();
		expect(u['dept-b']).toMatchObject({ posts: 2, vacant: 1, averageSpan: 1, layers: 2 });
	});
});

describe('unitGraph', () => {
	it('draws closed units as boxes joined where their heads report', () => {
		const s = establishment();
		const g = unitGraph({ units: unitAggregates(s), contents: {}, open: [] });
		expect(ids(g)).toEqual(['unit:corporate', 'unit:dept-a', 'unit:dept-b']);
		expect(lines(g)).toEqual(['unit:corporate > unit:dept-a', 'unit:corporate > unit:dept-b']);
		expect(g.nodes[1].data.label).toBe(
			'Directorate A\n5 posts · 4.5 FTE\n£0.51m a year\nspan 1:2.0 · 3 layers'
		);
	});

	it('opens a unit into its own posts and its sub-units, and waits for posts not loaded', () => {
		const s = establishment();
		const units = unitAggregates(s);
		const contents = { 'dept-a': unitPosts(s, 'dept-a') };
		const g = unitGraph({ units, contents, open: ['dept-a', 'dept-b'] });
		expect(ids(g)).toEqual(['unit:corporate', 'a', 'unit:team-a1', 'unit:dept-b']);
		expect(lines(g)).toEqual([
			'unit:corporate > a',
			'a > unit:team-a1',
			'unit:corporate > unit:dept-b'
		]);
		expect(g.pending).toEqual(['dept-b']);
	});

	it('gives each post of an opened unit its manager, grade and cost', () => {
		const s = establishment();
		const posts = unitPosts(s, 'team-a1');
		expect(posts.map((p) => [p.id, p.manager, p.reports])).toEqual([
			['a1', 'a', 1],
			['a2', 'a', 0],
			['a3', 'a', 0],
			['x1', 'a1', 0]
		]);
		// a2: half of 35,000 + NI + pension = 45,873.63 (see the council-wide tests).
		expect(posts[1]).toMatchObject({ status: 'vacant', fte: 0.5, cost: 45873.63 });
	});
});

describe('opening and closing units within the element budget', () => {
	const units = unitAggregates(establishment());

	it('counts about two elements a drawn node', () => {
		expect(estimateElements(units, [])).toBe(6);
		// corporate box, a, team-a1's 4 posts, the dept-b box: 7 nodes.
		expect(estimateElements(units, ['dept-a', 'team-a1'])).toBe(14);
	});

	it('opens the units above, and closes units off the path past the budget', () => {
		expect(openUnit(units, [], 'team-a1')).toEqual({ ok: true, open: ['dept-a', 'team-a1'] });
		// dept-b open too: 8 nodes, 16 elements, over 14: dept-b closes.
		expect(openUnit(units, ['dept-b'], 'team-a1', 14)).toEqual({
			ok: true,
			open: ['dept-a', 'team-a1']
		});
		expect(openUnit(units, ['dept-b'], 'team-a1', 16)).toEqual({
			ok: true,
			open: ['dept-b', 'dept-a', 'team-a1']
		});
	});

	it('refuses a unit that alone passes the budget', () => {
		const r = openUnit(units, [], 'team-a1', 12);
		expect(r).toEqual({
			ok: false,
			reason: 'Team A1 has 4 posts directly in it, more than the graph draws at once.'
		});
	});

	it('closes a unit with everything open inside it', () => {
		expect(closeUnit(units, ['dept-b', 'dept-a', 'team-a1'], 'dept-a')).toEqual(['dept-b']);
		expect(unitPath(units, 'team-a1')).toEqual(['dept-a', 'team-a1']);
	});
});

describe('findPosts', () => {
	it('finds an exact id first, then ids starting with the query, then titles', () => {
		const s = establishment();
		expect(findPosts(s, 'A1').map((p) => p.id)).toEqual(['a1']);
		expect(findPosts(s, 'head a').map((p) => p.id)).toEqual(['a1', 'a2', 'a3']);
		expect(findPosts(s, 'a', 2).map((p) => p.id)).toEqual(['a', 'a1']);
		expect(findPosts(s, 'x1')[0]).toEqual({
			id: 'x1',
			title: 'Officer X1',
			unit: 'team-a1',
			unitName: 'Team A1'
		});
	});

	it('calls a structure large above 400 live posts', () => {
		expect(isLargeStructure(establishment())).toBe(false);
	});
});
