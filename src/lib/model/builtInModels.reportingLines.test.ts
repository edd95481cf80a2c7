import { describe, expect, it } from 'vitest';
import {
	byId,
	ceoReports,
	CORE_REPORTS_2021,
	MANAGING_DIRECTORS,
	type Id
} from '../testing/builtInModels';

// Who reports to the Chief Executive in each built-in structure, and where each option for the
// 2021 proposal puts the Managing Directors (the options are derived from the 2021 base).
describe('built-in models', () => {
	it('the 2020 Chief Executive has ten direct reports, eleven with the office (003, Appendix A section 3)', () => {
		const { withoutOffice, withOffice } = ceoReports(byId['clt-2020']);
		expect(withoutOffice).toEqual(
			[
				'director-neighbourhoods',
				'director-digital-customer-services',
				'director-inclusive-growth',
				'director-education-skills',
				'director-adult-social-care',
				'director-council-management',
				'city-solicitor',
				'director-hr',
				'assistant-chief-executive',
				'commonwealth-games-director'
			].sort()
		);
		expect(withoutOffice).toHaveLength(10);
		expect(withOffice).toHaveLength(11);
		expect(withOffice).toContain('head-ceo-office');
		expect(byId['clt-2020'].posts.get('head-ceo-office')!.office).toBe(true);
	});

	it('the 2021 base and md-to-ceo give the Chief Executive 5 Core reports + 5 Managing Directors = 10, 11 with the office', () => {
		for (const id of ['core-delivery-2021', 'core-delivery-2021-md-to-ceo'] as const) {
			const { withoutOffice, withOffice } = ceoReports(byId[id]);
			expect(withoutOffice).toEqual([...CORE_REPORTS_2021, ...MANAGING_DIRECTORS].sort());
			expect(withoutOffice).toHaveLength(10);
			expect(withOffice).toHaveLength(11);
		}
	});

	it('md-to-purpose and md-to-city-management leave the Chief Executive 5 direct reports, 6 with the office', () => {
		// The five Managing Directors move below a Core director; the CEO keeps the Commonwealth
		// Games Director, the Director of City Management, the DPPE and the two Purpose Directors.
		for (const id of [
			'core-delivery-2021-md-to-purpose',
			'core-delivery-2021-md-to-city-management'
		] as const) {
			const { withoutOffice, withOffice } = ceoReports(byId[id]);
			expect(withoutOffice).toEqual([...CORE_REPORTS_2021].sort());
			expect(withOffice).toHaveLength(6);
		}
	});

	it('each option puts the Managing Directors where its name says', () => {
		const lineOf = (id: Id) =>
			Object.fromEntries(MANAGING_DIRECTORS.map((md) => [md, byId[id].posts.get(md)!.reportsTo]));
		expect(new Set(Object.values(lineOf('core-delivery-2021-md-to-ceo')))).toEqual(
			new Set(['chief-executive'])
		);
		expect(lineOf('core-delivery-2021-md-to-purpose')).toEqual({
			'md-city-operations': 'pd-places',
			'md-city-housing': 'pd-places',
			'md-city-municipal-development': 'pd-places',
			'md-city-help-support': 'pd-city-futures',
			'md-city-life-courses': 'pd-city-futures'
		});
		expect(new Set(Object.values(lineOf('core-delivery-2021-md-to-city-management')))).toEqual(
			new Set(['director-city-management'])
		);
		// In md-to-purpose the line manager is the purpose-setter: every MD's manager sets purpose
		// for the MD's unit.
		const s = byId['core-delivery-2021-md-to-purpose'];
		for (const md of MANAGING_DIRECTORS) {
			const post = s.posts.get(md)!;
			const setters = Object.values(s.links)
				.filter((l) => l.type === 'sets-purpose-for' && l.to === post.unit)
				.map((l) => l.from);
			expect(setters).toEqual([post.reportsTo]);
		}
	});

	it('the options differ from the base only in the Managing Directors’ line and the remits that say so', () => {
		const base = byId['core-delivery-2021'];
		const remitChanged: Record<string, string[]> = {
			'core-delivery-2021-md-to-ceo': [],
			'core-delivery-2021-md-to-purpose': ['pd-places', 'pd-city-futures'],
			'core-delivery-2021-md-to-city-management': ['director-city-management']
		};
		for (const [id, remits] of Object.entries(remitChanged)) {
			const s = byId[id as Id];
			expect(s.derivedFrom).toBe('core-delivery-2021');
			for (const key of ['units', 'services', 'bodies', 'links', 'meetings', 'grades'] as const) {
				expect(s[key]).toEqual(base[key]);
			}
			expect(s.assumptions).toEqual(base.assumptions);
			expect(s.statedCostChange).toEqual(base.statedCostChange);
			expect([...s.posts.keys()].sort()).toEqual([...base.posts.keys()].sort());
			for (const [postId, post] of s.posts) {
				// Everything but the line and the remit is the base's.
				const same = { ...post, reportsTo: undefined, remit: undefined };
				const baseSame = { ...base.posts.get(postId), reportsTo: undefined, remit: undefined };
				expect(same).toEqual(baseSame);
				if (!MANAGING_DIRECTORS.includes(postId))
					expect(post.reportsTo).toBe(base.posts.get(postId)!.reportsTo);
				expect(post.remit !== base.posts.get(postId)!.remit).toBe(remits.includes(postId));
			}
		}
	});
});
