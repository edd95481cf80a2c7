import type { Meeting, Post, Structure } from '$lib/model/types';

/**
 * A small structure for the mapping tests: a CEO with an office and three directors, one of whom
 * manages a head of service. Only what the mappings read is filled in.
 */
export function fixtureStructure(): Structure {
	const prov = { kind: 'assumption', note: 'test fixture' } as const;
	const post = (p: Partial<Post> & Pick<Post, 'id' | 'title'>): Post => ({
		grade: 'director',
		fte: 1,
		status: 'existing',
		unit: 'core',
		statutoryRoles: [],
		provenance: prov,
		...p
	});
	const meeting = (m: Partial<Meeting> & Pick<Meeting, 'id' | 'name' | 'cadence'>): Meeting => ({
		purpose: '',
		lengthHours: 2,
		curators: [],
		members: [],
		memberRules: [],
		feedsInto: [],
		provenance: prov,
		...m
	});
	return {
		schemaVersion: 1,
		id: 'fixture',
		name: 'Fixture',
		date: '2021-01-19',
		description: '',
		ceo: 'ceo',
		posts: {
			ceo: post({ id: 'ceo', title: 'Chief Executive', grade: 'ceo', director: true }),
			office: post({ id: 'office', title: 'Head of CEO’s Office', reportsTo: 'ceo', office: true }),
			dcm: post({
				id: 'dcm',
				title: 'Director of City Management',
				reportsTo: 'ceo',
				director: true
			}),
			pd: post({ id: 'pd', title: 'Purpose Director', reportsTo: 'ceo', director: true }),
			md: post({
				id: 'md',
				title: 'Managing Director: City Operations',
				reportsTo: 'ceo',
				director: true,
				unit: 'ops',
				funding: { generalFund: 60, hra: 40 }
			}),
			hos: post({ id: 'hos', title: 'Head of Parking', reportsTo: 'md', grade: 'hos', unit: 'ops' })
		},
		units: {
			core: { id: 'core', name: 'Council Core', group: 'core', head: 'ceo', provenance: prov },
			ops: {
				id: 'ops',
				name: 'City Operations',
				group: 'delivery',
				head: 'md',
				deliveryFunction: true,
				provenance: prov
			}
		},
		services: { parking: { id: 'parking', name: 'Parking', unit: 'ops', provenance: prov } },
		bodies: {},
		links: {},
		meetings: {
			strategy: meeting({
				id: 'strategy',
				name: 'Strategy group',
				cadence: 'monthly',
				weekOfMonth: 1,
				curators: ['pd'],
				memberRules: ['all-directors']
			}),
			performance: meeting({
				id: 'performance',
				name: 'Performance group',
				cadence: 'monthly',
				weekOfMonth: 2,
				chair: 'dcm',
				memberRules: ['all-directors']
			}),
			huddle: meeting({
				id: 'huddle',
				name: 'Weekly huddle',
				cadence: 'weekly',
				lengthHours: 1,
				chair: 'ceo',
				members: ['office']
			}),
			emt: meeting({ id: 'emt', name: 'EMT', cadence: 'quarterly', chair: 'ceo', lengthHours: 3 }),
			planning: meeting({
				id: 'planning',
				name: 'Annual business planning',
				cadence: 'annual',
				lengthHours: 6
			}),
			floating: meeting({ id: 'floating', name: 'Assurance group', cadence: 'monthly' })
		},
		grades: {
			ceo: { id: 'ceo', name: 'Chief Executive', min: 1, max: 2, point: 180000, provenance: prov },
			director: {
				id: 'director',
				name: 'JNC Director',
				min: 1,
				max: 2,
				point: 145500,
				provenance: prov
			},
			hos: { id: 'hos', name: 'Head of Service', min: 1, max: 2, point: 80000, provenance: prov }
		},
		assumptions: {
			employerNiRate: { label: 'Employer NI rate', value: 0.138, unit: 'rate', provenance: prov },
			employerNiThreshold: {
				label: 'Employer NI threshold',
				value: 8788,
				unit: 'pounds',
				provenance: { kind: 'public-record', record: 'HMRC rates and thresholds 2020/21' }
			},
			employerPensionRate: {
				label: 'Employer pension rate',
				value: 0.19,
				unit: 'rate',
				provenance: prov
			},
			payAward: {
				label: 'Pay award a year',
				value: 0.0275,
				unit: 'rate',
				provenance: { kind: 'public-record', record: 'JNC chief officers pay award 2020' }
			},
			productiveHoursPerYear: {
				label: 'Productive hours a year',
				value: 1650,
				unit: 'hours',
				provenance: prov
			},
			baseYear: { label: 'Grade points priced at', value: 2020, unit: 'year', provenance: prov }
		},
		defaultFunding: { split: { generalFund: 100 }, provenance: prov },
		spanRules: { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 },
		oneOffCosts: {},
		sources: []
	};
}
