/**
 * A small, valid structure for the editing, store and API tests, frozen as the editor's state is.
 * Test values, not the figures the built-in models use.
 *
 *   Chief Executive (ceo)
 *   ├─ Head of Chief Executive's Office (office)
 *   ├─ Director of City Management (s151) ── Assistant Director Finance
 *   ├─ Director of Neighbourhoods ── Assistant Director Parking ── Parking Manager
 *   └─ Managing Director: City Operations ── Head of Waste
 */
import { freeze } from 'immer';
import type { Post, Structure } from '../model/types';
import {
	body,
	grade,
	link,
	makeStructure,
	meeting,
	post,
	service,
	standardAssumptions,
	testProvenance,
	unit
} from './structure';

/** Posts sit in City Management unless they say otherwise. */
const managementPost = (id: string, title: string, fields: Partial<Post>) =>
	post(id, title, { unit: 'city-management', ...fields });

export function editingFixture(): Structure {
	return freeze(
		makeStructure({
			name: 'Editing fixture',
			date: '2021-01-19',
			posts: [
				managementPost('ceo', 'Chief Executive', {
					grade: 'chief-executive',
					unit: 'ceo-office',
					statutoryRoles: ['head-of-paid-service']
				}),
				managementPost('head-ceo-office', "Head of Chief Executive's Office", {
					grade: 'head-of-service',
					unit: 'ceo-office',
					reportsTo: 'ceo',
					office: true
				}),
				managementPost('dcm', 'Director of City Management', {
					reportsTo: 'ceo',
					director: true,
					statutoryRoles: ['s151']
				}),
				managementPost('ad-finance', 'Assistant Director Finance', {
					grade: 'assistant-director',
					reportsTo: 'dcm'
				}),
				managementPost('dn', 'Director of Neighbourhoods', {
					unit: 'neighbourhoods',
					reportsTo: 'ceo',
					director: true
				}),
				managementPost('ad-parking', 'Assistant Director Parking', {
					grade: 'assistant-director',
					unit: 'neighbourhoods',
					reportsTo: 'dn'
				}),
				managementPost('parking-manager', 'Parking Manager', {
					grade: 'head-of-service',
					unit: 'neighbourhoods',
					reportsTo: 'ad-parking'
				}),
				managementPost('md-ops', 'Managing Director: City Operations', {
					unit: 'city-operations',
					reportsTo: 'ceo',
					director: true,
					funding: { generalFund: 60, hra: 40 }
				}),
				managementPost('head-waste', 'Head of Waste', {
					grade: 'head-of-service',
					unit: 'city-operations',
					reportsTo: 'md-ops',
					start: '2021-07-01'
				})
			],
			units: [
				unit('ceo-office', "Chief Executive's Office"),
				unit('city-management', 'City Management', { head: 'dcm' }),
				unit('neighbourhoods', 'Neighbourhoods', {
					group: 'delivery',
					deliveryFunction: true,
					head: 'dn'
				}),
				unit('city-operations', 'City Operations', {
					group: 'delivery',
					deliveryFunction: true,
					head: 'md-ops'
				})
			],
			services: [
				service('parking', 'Parking', 'neighbourhoods'),
				service('refuse', 'Refuse collection', 'city-operations')
			],
			bodies: [body('cabinet', 'Cabinet', 'member')],
			links: [
				link('sets-purpose-for', 'dcm', 'city-operations'),
				link('holds-to-account', 'md-ops', 'head-waste'),
				link('member-interface', 'cabinet', 'dn')
			],
			meetings: [
				meeting('performance-group', 'Performance group', {
					purpose: 'Budget and performance',
					lengthHours: 3,
					weekOfMonth: 2,
					chair: 'dcm',
					members: ['head-ceo-office', 'head-waste'],
					memberRules: ['all-directors'],
					feedsInto: ['cabinet']
				}),
				meeting('strategy-group', 'Strategy group', {
					purpose: 'Policy and strategy',
					curators: ['dn'],
					memberRules: ['all-directors'],
					feedsInto: ['performance-group']
				})
			],
			grades: [
				grade('chief-executive', 'Chief Executive', 173060),
				grade('jnc-director', 'JNC Director', 145500, { min: 138000, max: 153000 }),
				grade('jnc-strategic-director', 'JNC Strategic Director', 157500, {
					min: 150000,
					max: 165000
				}),
				grade('assistant-director', 'Assistant Director', 82500, { min: 78000, max: 87000 }),
				grade('head-of-service', 'Head of Service', 70000, { min: 65000, max: 75000 })
			],
			assumptions: standardAssumptions(testProvenance, {
				employerPensionRate: { kind: 'public-record', record: 'A council pension statement' }
			})
		}),
		true
	);
}
