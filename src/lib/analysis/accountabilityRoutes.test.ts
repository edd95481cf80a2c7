import { describe, expect, it } from 'vitest';
import { accountabilityRoutes, routesInto } from './accountabilityRoutes';
import { clt2020, coreDelivery2021 } from '$lib/testing/councils';
import { link } from '$lib/testing/structure';

describe('accountabilityRoutes', () => {
	it('accountabilityRoutes names who sets purpose, manages, holds to account, assures and meets members', () => {
		const routes = accountabilityRoutes(coreDelivery2021());
		expect(routes['city-operations']).toEqual({
			unitId: 'city-operations',
			head: 'md-city-operations',
			purposeSetters: [
				{
					id: 'pd-places',
					name: 'Purpose Director: Places, Prosperity and Sustainability',
					kind: 'post',
					linkId: 'sets-purpose-for:pd-places->city-operations',
					target: 'unit'
				}
			],
			lineManagerOfHead: {
				id: 'pd-places',
				name: 'Purpose Director: Places, Prosperity and Sustainability',
				kind: 'post'
			},
			performanceRoutes: [
				{
					id: 'performance-group',
					name: 'Performance group',
					kind: 'meeting',
					linkId: 'holds-to-account:performance-group->city-operations',
					target: 'unit'
				}
			],
			assuranceRoutes: [
				{
					id: 'assurance-group',
					name: 'Assurance group',
					kind: 'meeting',
					linkId: 'assures:assurance-group->city-operations',
					target: 'unit'
				}
			],
			// The member interface runs into the head post, not the unit.
			memberInterfaces: [
				{
					id: 'cabinet-member-a',
					name: 'Cabinet Member A',
					kind: 'body',
					linkId: 'member-interface:cabinet-member-a->md-city-operations',
					target: 'head'
				}
			],
			commissioners: []
		});
	});

	it('accountabilityRoutes gives a unit with no head only the links into the unit itself', () => {
		const trust = accountabilityRoutes(coreDelivery2021())['childrens-trust'];
		expect(trust.head).toBeUndefined();
		expect(trust.lineManagerOfHead).toBeUndefined();
		expect(trust.commissioners.map((r) => r.id)).toEqual(['pd-city-futures']);
		expect(trust.performanceRoutes.map((r) => r.id)).toEqual(['pd-city-futures']);
		expect(trust.purposeSetters.map((r) => r.id)).toEqual(['pd-city-futures']);
		expect(trust.memberInterfaces.map((r) => r.id)).toEqual(['cabinet-member-b']);
	});

	it('accountabilityRoutes counts a source linked to a unit and its head once', () => {
		const s = coreDelivery2021();
		const both = link('assures', 'assurance-group', 'md-city-operations');
		s.links[both.id] = both;
		expect(routesInto(s, 'city-operations').assuranceRoutes).toHaveLength(1);
	});

	it('accountabilityRoutes finds no purpose, performance or assurance route in the 2020 fixture', () => {
		const routes = accountabilityRoutes(clt2020());
		const n = routes['neighbourhoods'];
		expect([n.purposeSetters, n.performanceRoutes, n.assuranceRoutes]).toEqual([[], [], []]);
		// The directorate director reports to the Chief Executive.
		expect(n.lineManagerOfHead).toEqual({ id: 'ceo', name: 'Chief Executive', kind: 'post' });
		expect(Object.keys(routes)).toEqual(Object.keys(clt2020().units));
		expect(routesInto(clt2020(), 'nowhere').assuranceRoutes).toEqual([]);
	});
});
