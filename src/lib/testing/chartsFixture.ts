/**
 * A small structure for the chart-mapping tests: a CEO with an office and three directors, one of
 * whom manages a head of service, and a meeting of each cadence (one with no chair and no members).
 * Only what the mappings read is filled in.
 */
import type { Meeting, Post, Structure } from '../model/types';
import {
	grade,
	makeStructure,
	meeting,
	post,
	service,
	standardAssumptions,
	unit
} from './structure';

/** Posts are JNC Directors in the Council Core unless they say otherwise. */
const corePost = (id: string, title: string, fields: Partial<Post> = {}) =>
	post(id, title, { grade: 'director', unit: 'core', ...fields });

/** These meetings state no purpose. */
const plainMeeting = (id: string, name: string, fields: Partial<Meeting>) =>
	meeting(id, name, { purpose: '', ...fields });

export function chartsFixture(): Structure {
	return makeStructure({
		date: '2021-01-19',
		description: '',
		posts: [
			corePost('ceo', 'Chief Executive', { grade: 'ceo', director: true }),
			corePost('office', 'Head of CEO’s Office', { reportsTo: 'ceo', office: true }),
			corePost('dcm', 'Director of City Management', { reportsTo: 'ceo', director: true }),
			corePost('pd', 'Purpose Director', { reportsTo: 'ceo', director: true }),
			corePost('md', 'Managing Director: City Operations', {
				reportsTo: 'ceo',
				director: true,
				unit: 'ops',
				funding: { generalFund: 60, hra: 40 }
			}),
			corePost('hos', 'Head of Parking', { reportsTo: 'md', grade: 'hos', unit: 'ops' })
		],
		units: [
			unit('core', 'Council Core', { head: 'ceo' }),
			unit('ops', 'City Operations', {
				group: 'delivery',
				head: 'md',
				deliveryFunction: true
			})
		],
		services: [service('parking', 'Parking', 'ops')],
		meetings: [
			plainMeeting('strategy', 'Strategy group', {
				cadence: 'monthly',
				weekOfMonth: 1,
				curators: ['pd'],
				memberRules: ['all-directors']
			}),
			plainMeeting('performance', 'Performance group', {
				cadence: 'monthly',
				weekOfMonth: 2,
				chair: 'dcm',
				memberRules: ['all-directors']
			}),
			plainMeeting('huddle', 'Weekly huddle', {
				cadence: 'weekly',
				lengthHours: 1,
				chair: 'ceo',
				members: ['office']
			}),
			plainMeeting('emt', 'EMT', { cadence: 'quarterly', chair: 'ceo', lengthHours: 3 }),
			plainMeeting('planning', 'Annual business planning', { cadence: 'annual', lengthHours: 6 }),
			plainMeeting('floating', 'Assurance group', { cadence: 'monthly' })
		],
		// Ranges are placeholders: the mappings read only the points.
		grades: [
			grade('ceo', 'Chief Executive', 180000, { min: 1, max: 2 }),
			grade('director', 'JNC Director', 145500, { min: 1, max: 2 }),
			grade('hos', 'Head of Service', 80000, { min: 1, max: 2 })
		],
		assumptions: standardAssumptions(undefined, {
			employerNiThreshold: { kind: 'public-record', record: 'HMRC rates and thresholds 2020/21' },
			payAward: { kind: 'public-record', record: 'JNC chief officers pay award 2020' }
		})
	});
}
