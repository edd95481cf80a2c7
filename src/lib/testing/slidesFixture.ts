import type { Structure } from '../model/types';
import { link, makeStructure, meeting, post, service, unit } from './structure';

/**
 * A small Council Core and Delivery Functions structure for the slide tests:
 *   Chief Executive (chief-executive grade)
 *   ├─ Head of CEO's Office (office, head-of-service)
 *   ├─ Director of City Management (core, s151)
 *   ├─ Purpose Director (core; sets purpose for both functions)
 *   ├─ Managing Director: Operations (delivery; Parking, Refuse collection)
 *   └─ Managing Director: Housing (delivery; Repairs), with one Assistant Director
 * The performance group holds both functions to account, the assurance group assures Operations
 * only, and Cabinet Members relate to Operations only: Housing has two gaps.
 */
export function coreDeliveryFixture(): Structure {
	return makeStructure({
		id: 'core-delivery',
		name: 'Core and Delivery (fixture)',
		date: '2021-01-19',
		posts: [
			post('ceo', 'Chief Executive', {
				grade: 'chief-executive',
				unit: 'ceo-office',
				director: true
			}),
			post('head-office', 'Head of CEO’s Office', {
				grade: 'head-of-service',
				unit: 'ceo-office',
				reportsTo: 'ceo',
				office: true
			}),
			post('dcm', 'Director of City Management', {
				unit: 'city-management',
				reportsTo: 'ceo',
				director: true,
				statutoryRoles: ['s151']
			}),
			post('pd', 'Purpose Director', { unit: 'purpose', reportsTo: 'ceo', director: true }),
			post('md-ops', 'Managing Director: Operations', {
				unit: 'operations',
				reportsTo: 'ceo',
				director: true
			}),
			post('md-housing', 'Managing Director: Housing', {
				unit: 'housing',
				reportsTo: 'ceo',
				director: true,
				funding: { generalFund: 50, hra: 50 }
			}),
			post('ad-repairs', 'Assistant Director, Repairs', {
				grade: 'assistant-director',
				unit: 'housing',
				reportsTo: 'md-housing'
			})
		],
		units: [
			unit('ceo-office', 'Chief Executive’s Office', { head: 'ceo' }),
			unit('city-management', 'City Management', { head: 'dcm' }),
			unit('purpose', 'Purpose', { head: 'pd' }),
			unit('operations', 'Operations', {
				group: 'delivery',
				deliveryFunction: true,
				head: 'md-ops'
			}),
			unit('housing', 'Housing', { group: 'delivery', deliveryFunction: true, head: 'md-housing' })
		],
		services: [
			service('parking', 'Parking', 'operations'),
			service('refuse', 'Refuse collection', 'operations'),
			service('repairs', 'Repairs', 'housing')
		],
		links: [
			link('sets-purpose-for', 'pd', 'operations'),
			link('sets-purpose-for', 'pd', 'housing'),
			link('holds-to-account', 'performance-group', 'operations'),
			link('holds-to-account', 'performance-group', 'housing'),
			link('assures', 'assurance-group', 'operations'),
			link('member-interface', 'cabinet-members', 'operations')
		],
		meetings: [
			meeting('strategy-group', 'Strategy group', {
				weekOfMonth: 1,
				lengthHours: 3,
				curators: ['pd'],
				memberRules: ['all-directors'],
				replaces: ['clt']
			}),
			meeting('performance-group', 'Performance group', {
				weekOfMonth: 2,
				lengthHours: 3,
				chair: 'dcm',
				memberRules: ['all-directors'],
				replaces: ['clt']
			}),
			meeting('assurance-group', 'Assurance group', {
				weekOfMonth: 3,
				chair: 'dcm',
				memberRules: ['all-directors'],
				replaces: ['clt']
			}),
			meeting('leadership-group', 'Leadership group', {
				weekOfMonth: 4,
				chair: 'ceo',
				memberRules: ['all-directors-and-reports'],
				replaces: ['clt']
			}),
			meeting('business-planning', 'Annual business planning', {
				cadence: 'annual',
				lengthHours: 8,
				memberRules: ['all-directors']
			})
		]
	});
}
