/**
 * A small structure for the view-mapping tests: a Chief Executive with an office, one Core
 * director, one Managing Director with a service, a deleted post, the Children's Trust (a unit
 * without a council post), Cabinet, and one link of each kind the mappings treat specially. Its
 * records cite a source document, so the mappings' provenance can be checked.
 */
import type { Provenance, Structure } from '../model/types';
import {
	body,
	grade,
	link,
	makeStructure,
	post,
	service,
	standardAssumptions,
	unit
} from './structure';

const src = (section: string): Provenance => ({
	kind: 'source',
	file: '003_e19b15a5f720a5bc.txt',
	section
});
const assumption: Provenance = { kind: 'assumption', note: 'test value' };

export function mappingFixture(): Structure {
	return makeStructure({
		date: '2021-01-19',
		description: 'A small structure for tests',
		posts: [
			post('ceo', 'Chief Executive', {
				grade: 'ceo',
				unit: 'ceo-office',
				director: true,
				statutoryRoles: ['head-of-paid-service'],
				provenance: src('Appendix A section 3')
			}),
			post('head-office', 'Head of Chief Executive’s Office & Policy Lead', {
				grade: 'hos',
				status: 'new',
				unit: 'ceo-office',
				reportsTo: 'ceo',
				office: true,
				provenance: src('3.3')
			}),
			post('dcm', 'Director of City Management', {
				grade: 'director',
				status: 'new',
				unit: 'city-management',
				reportsTo: 'ceo',
				director: true,
				statutoryRoles: ['s151'],
				provenance: src('3.3')
			}),
			post('md-ops', 'Managing Director: City Operations', {
				grade: 'director',
				status: 'new',
				unit: 'city-operations',
				reportsTo: 'ceo',
				director: true,
				provenance: { kind: 'reconstruction', note: 'rebuilt from the 2018 directorates' }
			}),
			post('old-post', 'Strategic Director <Place>', {
				grade: 'director',
				status: 'deleted',
				unit: 'city-operations',
				reportsTo: 'ceo',
				provenance: assumption
			})
		],
		units: [
			unit('ceo-office', 'Chief Executive’s Office', { head: 'ceo', provenance: src('3.3') }),
			unit('city-management', 'City Management', { head: 'dcm', provenance: src('3.3') }),
			unit('city-operations', 'City Operations', {
				group: 'delivery',
				head: 'md-ops',
				deliveryFunction: true,
				provenance: src('3.3')
			}),
			unit('trust', 'Birmingham Children’s Trust', {
				group: 'external',
				external: true,
				deliveryFunction: true,
				provenance: src('3.3')
			})
		],
		services: [service('parking', 'Parking', 'city-operations', { provenance: src('3.3') })],
		bodies: [
			body('cabinet', 'Cabinet', 'member', { provenance: src('4') }),
			body('unused-body', 'Unused body', 'partnership', { provenance: src('4') })
		],
		links: [
			link('assures', 'dcm', 'city-operations', { provenance: src('4') }),
			link('commissions', 'dcm', 'trust', { provenance: src('3.3') }),
			link('member-interface', 'cabinet', 'md-ops', { provenance: src('4') }),
			link('supports', 'dcm', 'parking', { provenance: assumption }),
			link('assures', 'dcm', 'city-management', { provenance: assumption })
		],
		grades: [
			grade('ceo', 'Chief Executive', 175000, { min: 170000, max: 180000, provenance: assumption }),
			grade('director', 'JNC Director', 145500, {
				min: 138000,
				max: 153000,
				provenance: assumption
			}),
			grade('hos', 'Head of Service', 82500, { min: 78000, max: 87000, provenance: assumption })
		],
		assumptions: standardAssumptions(assumption),
		defaultFunding: { split: { generalFund: 100 }, provenance: assumption },
		sources: ['003_e19b15a5f720a5bc.txt']
	});
}
