/**
 * A small, valid structure for the editing and store tests, built in code so they do not depend
 * on the model files. Test values, not the figures the built-in models use.
 *
 *   Chief Executive (ceo)
 *   ├─ Head of Chief Executive's Office (office)
 *   ├─ Director of City Management (s151) ── Assistant Director Finance
 *   ├─ Director of Neighbourhoods ── Assistant Director Parking ── Parking Manager
 *   └─ Managing Director: City Operations ── Head of Waste
 */
import { freeze } from 'immer';
import { SCHEMA_VERSION, type Post, type Provenance, type Structure } from '../model/types';

const prov: Provenance = { kind: 'assumption', note: 'test fixture' };

function post(id: string, title: string, fields: Partial<Post>): Post {
	return {
		id,
		title,
		grade: 'jnc-director',
		fte: 1,
		status: 'existing',
		unit: 'city-management',
		statutoryRoles: [],
		provenance: prov,
		...fields
	};
}

function byId<T extends { id: string }>(items: T[]): Record<string, T> {
	return Object.fromEntries(items.map((x) => [x.id, x]));
}

export function editingFixture(): Structure {
	return freeze(
		{
			schemaVersion: SCHEMA_VERSION,
			id: 'fixture',
			name: 'Editing fixture',
			date: '2021-01-19',
			description: 'A test fixture',
			ceo: 'ceo',
			posts: byId([
				post('ceo', 'Chief Executive', {
					grade: 'chief-executive',
					unit: 'ceo-office',
					statutoryRoles: ['head-of-paid-service']
				}),
				post('head-ceo-office', "Head of Chief Executive's Office", {
					grade: 'head-of-service',
					unit: 'ceo-office',
					reportsTo: 'ceo',
					office: true
				}),
				post('dcm', 'Director of City Management', {
					reportsTo: 'ceo',
					director: true,
					statutoryRoles: ['s151']
				}),
				post('ad-finance', 'Assistant Director Finance', {
					grade: 'assistant-director',
					reportsTo: 'dcm'
				}),
				post('dn', 'Director of Neighbourhoods', {
					unit: 'neighbourhoods',
					reportsTo: 'ceo',
					director: true
				}),
				post('ad-parking', 'Assistant Director Parking', {
					grade: 'assistant-director',
					unit: 'neighbourhoods',
					reportsTo: 'dn'
				}),
				post('parking-manager', 'Parking Manager', {
					grade: 'head-of-service',
					unit: 'neighbourhoods',
					reportsTo: 'ad-parking'
				}),
				post('md-ops', 'Managing Director: City Operations', {
					unit: 'city-operations',
					reportsTo: 'ceo',
					director: true,
					funding: { generalFund: 60, hra: 40 }
				}),
				post('head-waste', 'Head of Waste', {
					grade: 'head-of-service',
					unit: 'city-operations',
					reportsTo: 'md-ops',
					start: '2021-07-01'
				})
			]),
			units: byId([
				{ id: 'ceo-office', name: "Chief Executive's Office", group: 'core', provenance: prov },
				{
					id: 'city-management',
					name: 'City Management',
					group: 'core',
					head: 'dcm',
					provenance: prov
				},
				{
					id: 'neighbourhoods',
					name: 'Neighbourhoods',
					group: 'delivery',
					deliveryFunction: true,
					head: 'dn',
					provenance: prov
				},
				{
					id: 'city-operations',
					name: 'City Operations',
					group: 'delivery',
					deliveryFunction: true,
					head: 'md-ops',
					provenance: prov
				}
			]),
			services: byId([
				{ id: 'parking', name: 'Parking', unit: 'neighbourhoods', provenance: prov },
				{ id: 'refuse', name: 'Refuse collection', unit: 'city-operations', provenance: prov }
			]),
			bodies: byId([{ id: 'cabinet', name: 'Cabinet', kind: 'member', provenance: prov }]),
			links: byId([
				{
					id: 'sets-purpose-for:dcm->city-operations',
					type: 'sets-purpose-for',
					from: 'dcm',
					to: 'city-operations',
					provenance: prov
				},
				{
					id: 'holds-to-account:md-ops->head-waste',
					type: 'holds-to-account',
					from: 'md-ops',
					to: 'head-waste',
					provenance: prov
				},
				{
					id: 'member-interface:cabinet->dn',
					type: 'member-interface',
					from: 'cabinet',
					to: 'dn',
					provenance: prov
				}
			]),
			meetings: byId([
				{
					id: 'performance-group',
					name: 'Performance group',
					purpose: 'Budget and performance',
					cadence: 'monthly',
					lengthHours: 3,
					weekOfMonth: 2,
					chair: 'dcm',
					curators: [],
					members: ['head-ceo-office', 'head-waste'],
					memberRules: ['all-directors'],
					feedsInto: ['cabinet'],
					provenance: prov
				},
				{
					id: 'strategy-group',
					name: 'Strategy group',
					purpose: 'Policy and strategy',
					cadence: 'monthly',
					lengthHours: 2,
					curators: ['dn'],
					members: [],
					memberRules: ['all-directors'],
					feedsInto: ['performance-group'],
					provenance: prov
				}
			]),
			grades: byId([
				{
					id: 'chief-executive',
					name: 'Chief Executive',
					min: 173060,
					max: 173060,
					point: 173060,
					provenance: prov
				},
				{
					id: 'jnc-director',
					name: 'JNC Director',
					min: 138000,
					max: 153000,
					point: 145500,
					provenance: prov
				},
				{
					id: 'jnc-strategic-director',
					name: 'JNC Strategic Director',
					min: 150000,
					max: 165000,
					point: 157500,
					provenance: prov
				},
				{
					id: 'assistant-director',
					name: 'Assistant Director',
					min: 78000,
					max: 87000,
					point: 82500,
					provenance: prov
				},
				{
					id: 'head-of-service',
					name: 'Head of Service',
					min: 65000,
					max: 75000,
					point: 70000,
					provenance: prov
				}
			]),
			assumptions: {
				employerNiRate: { label: 'Employer NI rate', value: 0.138, unit: 'rate', provenance: prov },
				employerNiThreshold: {
					label: 'Employer NI threshold',
					value: 8788,
					unit: 'pounds',
					provenance: prov
				},
				employerPensionRate: {
					label: 'Employer pension rate',
					value: 0.19,
					unit: 'rate',
					provenance: { kind: 'public-record', record: 'A council pension statement' }
				},
				payAward: { label: 'Pay award a year', value: 0.0275, unit: 'rate', provenance: prov },
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
		},
		true
	);
}
