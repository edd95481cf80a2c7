import type { Provenance, Structure } from '../model/types.ts';

/**
 * A small structure for the presentation tests: a Chief Executive with an office, one Core
 * director, one Managing Director with a service, the Children's Trust (a unit without a council
 * post), Cabinet, and one link of each kind the mappings treat specially.
 */
const src = (section: string): Provenance => ({
	kind: 'source',
	file: '003_e19b15a5f720a5bc.txt',
	section
});
const assumption: Provenance = { kind: 'assumption', note: 'test value' };

export function fixtureStructure(): Structure {
	return {
		schemaVersion: 1,
		id: 'fixture',
		name: 'Fixture',
		date: '2021-01-19',
		description: 'A small structure for tests',
		ceo: 'ceo',
		posts: {
			ceo: {
				id: 'ceo',
				title: 'Chief Executive',
				grade: 'ceo',
				fte: 1,
				status: 'existing',
				unit: 'ceo-office',
				director: true,
				statutoryRoles: ['head-of-paid-service'],
				provenance: src('Appendix A section 3')
			},
			'head-office': {
				id: 'head-office',
				title: 'Head of Chief Executive’s Office & Policy Lead',
				grade: 'hos',
				fte: 1,
				status: 'new',
				unit: 'ceo-office',
				reportsTo: 'ceo',
				office: true,
				statutoryRoles: [],
				provenance: src('3.3')
			},
			dcm: {
				id: 'dcm',
				title: 'Director of City Management',
				grade: 'director',
				fte: 1,
				status: 'new',
				unit: 'city-management',
				reportsTo: 'ceo',
				director: true,
				statutoryRoles: ['s151'],
				provenance: src('3.3')
			},
			'md-ops': {
				id: 'md-ops',
				title: 'Managing Director: City Operations',
				grade: 'director',
				fte: 1,
				status: 'new',
				unit: 'city-operations',
				reportsTo: 'ceo',
				director: true,
				statutoryRoles: [],
				provenance: { kind: 'reconstruction', note: 'rebuilt from the 2018 directorates' }
			},
			'old-post': {
				id: 'old-post',
				title: 'Strategic Director <Place>',
				grade: 'director',
				fte: 1,
				status: 'deleted',
				unit: 'city-operations',
				reportsTo: 'ceo',
				statutoryRoles: [],
				provenance: assumption
			}
		},
		units: {
			'ceo-office': {
				id: 'ceo-office',
				name: 'Chief Executive’s Office',
				group: 'core',
				head: 'ceo',
				provenance: src('3.3')
			},
			'city-management': {
				id: 'city-management',
				name: 'City Management',
				group: 'core',
				head: 'dcm',
				provenance: src('3.3')
			},
			'city-operations': {
				id: 'city-operations',
				name: 'City Operations',
				group: 'delivery',
				head: 'md-ops',
				deliveryFunction: true,
				provenance: src('3.3')
			},
			trust: {
				id: 'trust',
				name: 'Birmingham Children’s Trust',
				group: 'external',
				external: true,
				deliveryFunction: true,
				provenance: src('3.3')
			}
		},
		services: {
			parking: { id: 'parking', name: 'Parking', unit: 'city-operations', provenance: src('3.3') }
		},
		bodies: {
			cabinet: { id: 'cabinet', name: 'Cabinet', kind: 'member', provenance: src('4') },
			'unused-body': {
				id: 'unused-body',
				name: 'Unused body',
				kind: 'partnership',
				provenance: src('4')
			}
		},
		links: {
			'assures:dcm->city-operations': {
				id: 'assures:dcm->city-operations',
				type: 'assures',
				from: 'dcm',
				to: 'city-operations',
				provenance: src('4')
			},
			'commissions:dcm->trust': {
				id: 'commissions:dcm->trust',
				type: 'commissions',
				from: 'dcm',
				to: 'trust',
				provenance: src('3.3')
			},
			'member-interface:cabinet->md-ops': {
				id: 'member-interface:cabinet->md-ops',
				type: 'member-interface',
				from: 'cabinet',
				to: 'md-ops',
				provenance: src('4')
			},
			'supports:dcm->parking': {
				id: 'supports:dcm->parking',
				type: 'supports',
				from: 'dcm',
				to: 'parking',
				provenance: assumption
			},
			'assures:dcm->city-management': {
				id: 'assures:dcm->city-management',
				type: 'assures',
				from: 'dcm',
				to: 'city-management',
				provenance: assumption
			}
		},
		meetings: {},
		grades: {
			ceo: {
				id: 'ceo',
				name: 'Chief Executive',
				min: 170000,
				max: 180000,
				point: 175000,
				provenance: assumption
			},
			director: {
				id: 'director',
				name: 'JNC Director',
				min: 138000,
				max: 153000,
				point: 145500,
				provenance: assumption
			},
			hos: {
				id: 'hos',
				name: 'Head of Service',
				min: 78000,
				max: 87000,
				point: 82500,
				provenance: assumption
			}
		},
		assumptions: {
			employerNiRate: {
				label: 'Employer NI rate',
				value: 0.138,
				unit: 'rate',
				provenance: assumption
			},
			employerNiThreshold: {
				label: 'Employer NI threshold',
				value: 8788,
				unit: 'pounds',
				provenance: assumption
			},
			employerPensionRate: {
				label: 'Employer pension rate',
				value: 0.19,
				unit: 'rate',
				provenance: assumption
			},
			payAward: { label: 'Pay award', value: 0.0275, unit: 'rate', provenance: assumption },
			productiveHoursPerYear: {
				label: 'Productive hours',
				value: 1650,
				unit: 'hours',
				provenance: assumption
			},
			baseYear: { label: 'Base year', value: 2020, unit: 'year', provenance: assumption }
		},
		defaultFunding: { split: { generalFund: 100 }, provenance: assumption },
		spanRules: { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 },
		oneOffCosts: {},
		sources: ['003_e19b15a5f720a5bc.txt']
	};
}
