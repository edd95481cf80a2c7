import { describe, expect, it } from 'vitest';
import { grade, makeStructure, post, standardAssumptions } from '$lib/testing/structure';
import { costSensitivity } from './sensitivity';

// Full-year cost at point P with NI 13.8% above £8,788 and pension 19%, each to the penny:
//   £138,000 → 182,051.26   £145,500 → 192,011.26   £153,000 → 201,971.26
//   £78,000 → 102,371.26    £82,500 → 108,347.26    £87,000 → 114,323.26
const grades = [
	grade('chief-executive', 'Chief Executive', 173060),
	grade('jnc-director', 'JNC Director', 145500, { min: 138000, max: 153000 }),
	grade('assistant-director', 'Assistant Director', 82500, { min: 78000, max: 87000 })
];
const ceo = post('ceo', 'Chief Executive', { grade: 'chief-executive' });
const before = makeStructure({
	grades,
	posts: [
		ceo,
		post('old-ad', 'Assistant Director, Policy', {
			reportsTo: 'ceo',
			grade: 'assistant-director',
			provenance: { kind: 'reconstruction', note: 'rebuilt' }
		})
	]
});
const after = makeStructure({
	grades,
	posts: [
		ceo,
		post('dir', 'Director of Development', {
			reportsTo: 'ceo',
			assumed: { exists: 'a reading of the source' }
		})
	]
});

describe('costSensitivity', () => {
	it('gives each driver’s low and high, largest swing first, worked by hand', () => {
		const r = costSensitivity(before, after, {
			label: 'Stated',
			value: 90000,
			provenance: { kind: 'assumption', note: 'test' }
		});
		// Modelled: 192,011.26 − 108,347.26 = 83,664.00
		expect(r.modelled).toBe(83664);
		expect(r.drivers).toEqual([
			{
				key: 'deleted-posts',
				label:
					'Which posts go: the deleted post is a reconstruction; one Assistant Director more or fewer deleted (£108,347 a year each)',
				// 83,664.00 ∓ 108,347.26
				low: -24683.26,
				high: 192011.26,
				lowSetting: 'one more deleted',
				highSetting: 'one fewer deleted'
			},
			{
				key: 'post:dir',
				label: 'Director of Development: a post of its own, or not (a reading of the source)',
				// Without it only the deletion remains: −108,347.26
				low: -108347.26,
				high: 83664,
				lowSetting: 'without it',
				highSetting: 'with it'
			},
			{
				key: 'grade-points',
				label: 'Grade points: each grade at the bottom or the top of its band',
				// min: 182,051.26 − 102,371.26 = 79,680.00; max: 201,971.26 − 114,323.26 = 87,648.00
				low: 79680,
				high: 87648,
				lowSetting: 'band minimum',
				highSetting: 'band maximum'
			}
		]);
		// Together, low: grades at minimum, without the director (−102,371.26), one more deleted
		// (−108,347.26) = −210,718.52; high: grades at maximum (87,648.00) + 108,347.26 = 195,995.26.
		expect(r.range).toEqual({ low: -210718.52, high: 195995.26 });
		expect(r.statedPlacement).toBe('within');
	});

	it('puts on-cost rates with a low and a high among the drivers', () => {
		const assumptions = standardAssumptions();
		assumptions.employerPensionRate = { ...assumptions.employerPensionRate, low: 0.15, high: 0.23 };
		const a = { ...before, assumptions };
		const b = { ...after, assumptions };
		const pension = costSensitivity(a, b).drivers.find((d) => d.key === 'employerPensionRate');
		// Salary change 145,500 − 82,500 = 63,000; ±4 points of pension = ∓2,520.00
		expect(pension).toMatchObject({
			low: 81144,
			high: 86184,
			lowSetting: '15%',
			highSetting: '23%'
		});
	});
});
