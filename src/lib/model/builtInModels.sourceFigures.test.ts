import { describe, expect, it } from 'vitest';
import { byId, loaded, MANAGING_DIRECTORS, type Id } from '../testing/builtInModels';
import { STATUTORY_ROLES, type Structure } from './types';

// The figures the sources give, as the built-in structures carry them: statutory roles, grades,
// the posts deleted and created, the revenue change and the Commonwealth Games Director's line.
describe('built-in models', () => {
	it('every statutory role is held exactly once in every structure', () => {
		for (const s of loaded.structures) {
			for (const role of STATUTORY_ROLES) {
				const holders = [...s.posts.values()].filter((p) => p.statutoryRoles.includes(role));
				expect(
					holders.map((p) => p.id),
					`${s.id} ${role}`
				).toHaveLength(1);
			}
		}
		const holder = (id: Id, role: (typeof STATUTORY_ROLES)[number]) =>
			[...byId[id].posts.values()].find((p) => p.statutoryRoles.includes(role))?.id;
		expect(holder('clt-2020', 'dcs')).toBe('director-education-skills');
		expect(holder('clt-2020', 's151')).toBe('director-council-management');
		expect(holder('core-delivery-2021', 's151')).toBe('director-city-management');
		// The source leaves DCS and DASS open; these are the model's labelled assumptions.
		expect(holder('core-delivery-2021', 'dcs')).toBe('pd-city-futures');
		expect(holder('core-delivery-2021', 'dass')).toBe('md-city-life-courses');
		expect(holder('core-delivery-2021', 'dph')).toBe('director-public-health');
	});

	it('both base files carry the same grades and assumptions', () => {
		const a = byId['clt-2020'];
		const b = byId['core-delivery-2021'];
		expect(b.grades).toEqual(a.grades);
		expect(b.assumptions).toEqual(a.assumptions);
		expect(a.grades['chief-executive-grade'].point).toBe(173060);
		expect(a.grades.director.point).toBe(142532);
		expect(a.assumptions.employerNiRate.value).toBe(0.138);
		expect(a.assumptions.employerNiThreshold.value).toBe(8788);
	});

	it('2021 deletes and creates exactly the posts its description lists', () => {
		const before = byId['clt-2020'].posts;
		const after = byId['core-delivery-2021'].posts;
		const deleted = [...before.keys()].filter((id) => !after.has(id));
		const created = [...after.keys()].filter((id) => !before.has(id));
		expect(deleted.sort()).toEqual(
			[
				'director-neighbourhoods',
				'director-inclusive-growth',
				'director-education-skills',
				'director-adult-social-care',
				'director-council-management',
				'assistant-chief-executive',
				'ad-housing-options',
				'ad-community-services',
				'ad-planning',
				'ad-development',
				'ad-economy-strategy',
				'ad-education-early-years',
				'ad-policy'
			].sort()
		);
		expect(created.sort()).toEqual(
			[
				'director-city-management',
				'director-partnership-participation-equality',
				'pd-city-futures',
				'pd-places',
				...MANAGING_DIRECTORS,
				'director-development',
				'director-city-planning',
				'commercial-director',
				'purpose-commissioning-lead',
				'policy-commissioning-lead',
				'head-establish-recover'
			].sort()
		);
		for (const id of created) expect(after.get(id)!.status, id).toBe('new');
		const description = byId['core-delivery-2021'].description;
		for (const id of created.filter((id) => id !== 'head-establish-recover'))
			expect(description, id).toContain(
				after
					.get(id)!
					.title.replace(/^Managing Director: /, '')
					.split(' (')[0]
			);
	});

	it('the revenue change 2020 → 2021 is +£537,121 a year against the stated +£510,000', () => {
		// Full-year cost of a post at grade point P: P + 13.8% × (P − £8,788) + 19% × P.
		const onCost = (p: number) => p + 0.138 * (p - 8788) + 0.19 * p;
		const strategic = onCost(145500); // £192,011.256
		const director = onCost(142532); // £188,069.752
		const ace = onCost(86500); // £113,659.256
		const ad = onCost(82500); // £108,347.256
		// Created (revenue): 9 strategic directors, the Director of Development, 4 AD-graded posts.
		// Deleted: 5 directors, the Assistant Chief Executive, 7 assistant directors.
		const expected = 9 * strategic + director + 4 * ad - (5 * director + ace + 7 * ad);
		// 2,349,560.080 created − 1,812,438.808 deleted
		expect(expected).toBeCloseTo(537121.272, 2);

		const revenue = (s: Structure) =>
			[...s.posts.values()].reduce((sum, post) => {
				const split = post.funding ?? s.defaultFunding.split;
				const share = 1 - (split.capital ?? 0) / 100;
				return sum + share * onCost(s.grades[post.grade].point * post.fte);
			}, 0);
		const change = revenue(byId['core-delivery-2021']) - revenue(byId['clt-2020']);
		expect(change).toBeCloseTo(expected, 2);
		expect(byId['core-delivery-2021'].statedCostChange?.value).toBe(510000);
		// The capitalised 'Establish and Recover' head is outside the revenue figure.
		expect(byId['core-delivery-2021'].posts.get('head-establish-recover')!.funding).toEqual({
			capital: 100
		});
	});

	it('the Commonwealth Games Director’s line ends within the 18–24 months 003 gives', () => {
		const end = byId['core-delivery-2021'].posts.get('commonwealth-games-director')!.end;
		expect(end).toBeDefined();
		const months = (Date.parse(end!) - Date.parse('2021-01-19')) / (1000 * 60 * 60 * 24 * 30.44);
		expect(months).toBeGreaterThanOrEqual(18);
		expect(months).toBeLessThanOrEqual(24);
	});
});
