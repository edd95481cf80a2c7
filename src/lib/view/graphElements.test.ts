import { describe, expect, it } from 'vitest';
import { countLinkTypes, endpointResolver, toGraphElements } from './graphElements.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';

const byId = <T extends { data: { id: string } }>(items: T[], id: string) =>
	items.find((i) => i.data.id === id);

describe('toGraphElements', () => {
	it('makes one node per post, labelled with title and grade, inside its unit’s group', () => {
		const { nodes } = toGraphElements(mappingFixture());
		const posts = nodes.filter((n) => n.data.kind === 'post');
		expect(posts.map((n) => n.data.id)).toEqual([
			'ceo',
			'head-office',
			'dcm',
			'md-ops',
			'old-post'
		]);
		const dcm = byId(nodes, 'dcm')!;
		expect(dcm.data.label).toBe('Director of City Management\nJNC Director');
		expect(dcm.data.parent).toBe('group:core');
		expect(byId(nodes, 'md-ops')!.data.parent).toBe('group:delivery');
		expect(byId(nodes, 'ceo')!.classes).toContain('ceo');
		expect(byId(nodes, 'head-office')!.classes).toContain('office');
	});

	it('adds a compound node for each group in use, in the order Core, Delivery, External', () => {
		const { nodes } = toGraphElements(mappingFixture());
		const groups = nodes.filter((n) => n.data.kind === 'group').map((n) => n.data.label);
		expect(groups).toEqual(['Council Core', 'Delivery Functions', 'External bodies']);
	});

	it('draws line management from manager to report, one edge per reportsTo', () => {
		const { edges } = toGraphElements(mappingFixture());
		const lines = edges.filter((e) => e.data.type === 'line-management');
		// 4 posts report to the CEO (office, DCM, MD, and the deleted Strategic Director)
		expect(lines).toHaveLength(4);
		expect(lines[0].data).toMatchObject({ source: 'ceo', target: 'head-office' });
	});

	it('draws a link to a unit at its head post and remembers the unit', () => {
		const { edges } = toGraphElements(mappingFixture());
		const assures = byId(edges, 'assures:dcm->city-operations')!;
		expect(assures.data).toMatchObject({ source: 'dcm', target: 'md-ops', via: 'City Operations' });
	});

	it('draws a link to a service at the head of the service’s unit', () => {
		const { edges } = toGraphElements(mappingFixture());
		expect(byId(edges, 'supports:dcm->parking')!.data).toMatchObject({
			target: 'md-ops',
			via: 'Parking'
		});
	});

	it('gives a headless external unit (the Trust) and a linked body nodes of their own', () => {
		const { nodes, edges } = toGraphElements(mappingFixture());
		expect(byId(nodes, 'trust')!.data).toMatchObject({ kind: 'unit', parent: 'group:external' });
		expect(byId(nodes, 'cabinet')!.data).toMatchObject({ kind: 'body', parent: 'group:external' });
		// A body no link names is left out.
		expect(byId(nodes, 'unused-body')).toBeUndefined();
		expect(byId(edges, 'commissions:dcm->trust')!.data.target).toBe('trust');
	});

	it('drops a link that would loop back to the same node', () => {
		const { edges } = toGraphElements(mappingFixture());
		// DCM assures City Management, which DCM heads.
		expect(byId(edges, 'assures:dcm->city-management')).toBeUndefined();
	});

	it('draws only the link types asked for, and keeps every node when types are hidden', () => {
		const all = toGraphElements(mappingFixture());
		const some = toGraphElements(mappingFixture(), { linkTypes: ['commissions'] });
		expect(some.edges.map((e) => e.data.type)).toEqual(['commissions']);
		expect(some.nodes.map((n) => n.data.id)).toEqual(all.nodes.map((n) => n.data.id));
	});

	it('marks changed posts with a word as well as a class', () => {
		const { nodes } = toGraphElements(mappingFixture(), {
			changes: { dcm: 'created', 'md-ops': 'moved' }
		});
		expect(byId(nodes, 'dcm')!.data.label.startsWith('NEW · Director of City Management')).toBe(
			true
		);
		expect(byId(nodes, 'dcm')!.classes).toContain('change-created');
		expect(byId(nodes, 'md-ops')!.data.label.startsWith('MOVED · ')).toBe(true);
	});

	it('says DELETED on a post whose status is deleted', () => {
		const { nodes } = toGraphElements(mappingFixture());
		expect(byId(nodes, 'old-post')!.data.label.startsWith('DELETED · ')).toBe(true);
	});
});

describe('endpointResolver', () => {
	it('resolves a unit without a head to a node of its own, and unknown ids to nothing', () => {
		const resolve = endpointResolver(mappingFixture());
		expect(resolve('trust')).toEqual({ node: 'trust', kind: 'unit' });
		expect(resolve('nowhere')).toBeUndefined();
	});
});

describe('countLinkTypes', () => {
	it('counts the edges drawn of each type', () => {
		expect(countLinkTypes(toGraphElements(mappingFixture()))).toEqual({
			'line-management': 4,
			assures: 1,
			commissions: 1,
			'member-interface': 1,
			supports: 1
		});
	});
});

describe('toGraphElements postsOnly', () => {
	it('leaves out units, bodies and links to them', () => {
		const { nodes, edges } = toGraphElements(mappingFixture(), { postsOnly: true });
		expect(nodes.filter((n) => n.data.kind !== 'group').every((n) => n.data.kind === 'post')).toBe(
			true
		);
		expect(nodes.map((n) => n.data.id)).not.toContain('group:external');
		expect(edges.map((e) => e.data.id)).not.toContain('commissions:dcm->trust');
		expect(edges.map((e) => e.data.id)).toContain('assures:dcm->city-operations');
	});
});
