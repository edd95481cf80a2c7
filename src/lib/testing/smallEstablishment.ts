/**
 * A small establishment whose council-wide figures are easy to work out by hand:
 *
 * ceo (corporate, own salary £180,000)
 * ├─ a (dept-a)            ├─ b (dept-b)
 * │  ├─ a1 (team-a1)       │  └─ b1 (dept-b, vacant)
 * │  │  └─ x1 (team-a1)
 * │  ├─ a2 (team-a1, 0.5 FTE, vacant)
 * │  └─ a3 (team-a1)
 *
 * Spans: ceo 2, a 3, a1 1, b 1: four managers, seven reports, average 1.75. Layers 4.
 * Test support only.
 */
import type { Structure } from '../model/types';
import { makeStructure, post, unit } from './structure';

export function smallEstablishment(): Structure {
	const hos = { grade: 'head-of-service' };
	return makeStructure({
		units: [
			unit('corporate', 'Corporate'),
			unit('dept-a', 'Directorate A'),
			unit('team-a1', 'Team A1', { parent: 'dept-a' }),
			unit('dept-b', 'Directorate B')
		],
		posts: [
			post('ceo', 'Chief Executive', { grade: 'chief-executive', salary: 180000 }),
			post('a', 'Director A', { reportsTo: 'ceo', unit: 'dept-a' }),
			post('b', 'Director B', { reportsTo: 'ceo', unit: 'dept-b' }),
			post('a1', 'Head A1', { ...hos, reportsTo: 'a', unit: 'team-a1' }),
			post('a2', 'Head A2', {
				...hos,
				reportsTo: 'a',
				unit: 'team-a1',
				fte: 0.5,
				status: 'vacant'
			}),
			post('a3', 'Head A3', { ...hos, reportsTo: 'a', unit: 'team-a1' }),
			post('x1', 'Officer X1', { ...hos, reportsTo: 'a1', unit: 'team-a1' }),
			post('b1', 'Head B1', { ...hos, reportsTo: 'b', unit: 'dept-b', status: 'vacant' })
		]
	});
}
