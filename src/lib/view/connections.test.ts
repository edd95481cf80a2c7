import { describe, expect, it } from 'vitest';
import { connectionsOf, searchEntries, searchGraph, servicesOf } from './connections.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';

describe('connectionsOf', () => {
	it('lists the manager, the reports and links out of a post', () => {
		const c = connectionsOf(mappingFixture(), 'dcm');
		expect(c.manager?.otherName).toBe('Chief Executive');
		expect(c.reports).toEqual([]);
		expect(c.outgoing.map((o) => `${o.typeName} → ${o.otherName}`)).toEqual([
			'Assures → City Operations',
			'Commissions → Birmingham Children’s Trust',
			'Supports → Parking',
			'Assures → City Management'
		]);
		expect(c.outgoing[0].otherNode).toBe('md-ops');
	});

	it('counts a link to the unit a post heads as coming in to that post, saying via which unit', () => {
		const c = connectionsOf(mappingFixture(), 'md-ops');
		expect(c.incoming.map((i) => [i.typeName, i.otherName, i.via])).toEqual([
			['Assures', 'Director of City Management', 'City Operations'],
			['Member interface', 'Cabinet', undefined],
			['Supports', 'Director of City Management', 'Parking']
		]);
	});

	it('lists the CEO’s four direct reports', () => {
		expect(connectionsOf(mappingFixture(), 'ceo').reports.map((r) => r.otherNode)).toEqual([
			'head-office',
			'dcm',
			'md-ops',
			'old-post'
		]);
	});
});

describe('searchGraph', () => {
	const entries = searchEntries(mappingFixture());

	it('finds a service and points at the post heading its unit', () => {
		expect(searchGraph(entries, 'park')).toEqual([
			{
				node: 'md-ops',
				label: 'Parking',
				kind: 'service',
				at: 'Managing Director: City Operations'
			}
		]);
	});

	it('matches every word, names that start with the query first', () => {
		const found = searchGraph(entries, 'city operations');
		expect(found.map((f) => [f.kind, f.label, f.node])).toEqual([
			['unit', 'City Operations', 'md-ops'],
			['post', 'Managing Director: City Operations', 'md-ops']
		]);
	});

	it('puts posts before other records when both match the same way', () => {
		const found = searchGraph(entries, 'director');
		expect(found[0].kind).toBe('post');
		expect(found.every((f) => f.kind === 'post')).toBe(true);
	});

	it('finds nothing for an empty query', () => {
		expect(searchGraph(entries, '  ')).toEqual([]);
	});
});

describe('servicesOf', () => {
	it('gives a unit its services, the post heading it the same, and other posts none', () => {
		const s = mappingFixture();
		// Parking sits in City Operations, which the MD for City Operations heads.
		expect(servicesOf(s, 'city-operations').map((sv) => sv.id)).toEqual(['parking']);
		expect(servicesOf(s, 'md-ops').map((sv) => sv.id)).toEqual(['parking']);
		// The Director of City Management heads City Management, which holds no service.
		expect(servicesOf(s, 'dcm')).toEqual([]);
	});
});
