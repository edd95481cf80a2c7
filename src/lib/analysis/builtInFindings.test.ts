import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModelFiles } from '../model/loadFiles';
import type { Provenance, Structure } from '../model/types';
import { fieldProvenance, provenanceWords } from '../words';
import { runChecks } from './checks/index';
import { compareStructures } from './compare';
import { costChangeByFinancialYear } from './costChangeByFinancialYear';
import { meetingLoad } from './meetingLoad';
import { statutoryTimeline } from './statutoryTimeline';
import { structureAt } from './structureAt';
import { summarise } from './summary';

// The nine findings of issue 13 on the built-in models, each with the figure worked by hand.
// Full-year cost of a post at point P: P + 13.8% × (P − £8,788) + 19% × P, each part to the penny:
//   Director £142,532 → £188,069.75; Strategic Director £145,500 → £192,011.26;
//   Assistant Director £82,500 → £108,347.26; Assistant Chief Executive £86,500 → £113,659.26.
const MODELS_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));
const IDS = [
	'clt-2020',
	'core-delivery-2021',
	'core-delivery-2021-md-to-ceo',
	'core-delivery-2021-md-to-purpose',
	'core-delivery-2021-md-to-city-management',
	'core-delivery-2021-development-led-by-md',
	'core-delivery-2021-all-directors-appendix-a'
];
const loaded = loadModelFiles(
	IDS.map((id) => `${id}.yaml`),
	{ baseDir: MODELS_DIR }
);
const m = Object.fromEntries(loaded.structures.map((s) => [s.id, s])) as Record<string, Structure>;
const old = m['clt-2020'];
const base = m['core-delivery-2021'];
const OPTIONS_2021 = IDS.slice(1);

describe('issue 13: the models corrected', () => {
	it('1. the Director of Development is a reading, with both readings available (+£188,070 a year)', () => {
		const separate = compareStructures(old, base);
		const ledByMd = compareStructures(old, m['core-delivery-2021-development-led-by-md']);
		// 9 strategic + 1 director + 4 AD created, 5 directors + ACE + 7 AD deleted (revenue):
		// 1,728,101.34 + 188,069.75 + 433,389.04 − 940,348.75 − 113,659.26 − 758,430.82 = 537,121.30
		expect(separate.revenueCostChange).toBe(537121.3);
		// Without the separate post: 537,121.30 − 188,069.75 = 349,051.55
		expect(ledByMd.revenueCostChange).toBe(349051.55);
		expect(base.posts.get('director-development')!.assumed?.exists).toContain(
			'reads most naturally'
		);
		expect(
			m['core-delivery-2021-development-led-by-md'].posts.get('director-development')
		).toBeUndefined();
	});

	it('2. the Games Director ends on 31 December 2022 in both models, so 2022/23 is the full-year change uplifted by two pay awards', () => {
		expect(old.posts.get('commonwealth-games-director')!.end).toBe('2022-12-31');
		expect(base.posts.get('commonwealth-games-director')!.end).toBe('2022-12-31');
		const [y2223] = costChangeByFinancialYear(old, base, ['2022/23']).years;
		const revenue = y2223.changeByFunding.generalFund + y2223.changeByFunding.hra;
		// 537,121.30 × 1.0275² = 537,121.30 × 1.05575625 = 567,069.17 (each post rounded to the
		// penny, so within a few pence); before the correction the Games ending took £48,959 off.
		expect(Math.abs(revenue - 567069.17)).toBeLessThan(0.05);
	});

	it('3. every statutory role is held on every day of the transition, interim posts included', () => {
		for (const id of OPTIONS_2021) {
			expect(statutoryTimeline(m[id]).gaps, id).toEqual([]);
			expect(statutoryTimeline(m[id]).overlaps, id).toEqual([]);
		}
		const day = structureAt(base, '2021-12-01');
		const failed = summarise(day).failedChecks.filter((f) => f.check.startsWith('statutory'));
		expect(failed).toEqual([]);
		// The existing Director of Adult Social Care holds the DASS role until City Life Courses starts.
		expect(day.posts.get('director-adult-social-care')!.statutoryRoles).toEqual(['dass']);
		expect(day.posts.get('ad-adult-social-work')!.reportsTo).toBe('director-adult-social-care');
		expect(Object.keys(base.interimPosts ?? {}).sort()).toEqual([
			'ad-housing-options',
			'director-adult-social-care',
			'director-council-management',
			'director-education-skills',
			'director-inclusive-growth'
		]);
		expect(base.interimPosts?.['director-adult-social-care'].provenance).toMatchObject({
			kind: 'source',
			section: 'Appendix A section 3, Managing Director: City Life Courses'
		});
	});

	it('3. moving the interim DASS’s end date earlier opens a gap, found by date', () => {
		const moved: Structure = {
			...base,
			interimPosts: {
				...base.interimPosts,
				'director-adult-social-care': {
					...base.interimPosts!['director-adult-social-care'],
					end: '2021-12-31'
				}
			}
		};
		expect(statutoryTimeline(moved).gaps).toEqual([
			{ role: 'dass', from: '2022-01-01', to: '2022-03-31', holders: [] }
		]);
		expect(
			runChecks(moved)
				.find((c) => c.key === 'statutory.held-over-time')
				?.violations.map((v) => v.message)
		).toEqual([
			'No post holds the Director of Adult Social Services role from 1 January 2022 to 31 March 2022.'
		]);
		const day = structureAt(moved, '2022-02-01');
		expect(summarise(day).failedChecks.map((f) => `${f.check} ${f.subject}`)).toContain(
			'statutory.held-once dass'
		);
	});

	it('4. band midpoints and the director point are labelled as assumptions, the bands as public record', () => {
		for (const s of [old, base]) {
			for (const id of [
				'strategic-director',
				'assistant-chief-executive-grade',
				'assistant-director'
			]) {
				const g = s.grades[id];
				expect(g.provenance.kind, id).toBe('public-record');
				expect(g.pointYear, id).toBe(2015);
				expect(fieldProvenance(g, 'point').kind, id).toBe('assumption');
			}
			expect(fieldProvenance(s.grades.director, 'point')).toEqual({
				kind: 'assumption',
				note: "one post's published pay (the Director of Education's) applied to every post of this grade: directorate directors and the other director posts, old and new"
			});
		}
		const housing = base.posts.get('md-city-housing')!;
		expect(housing.provenance.kind).toBe('source');
		expect(Object.keys(housing.assumed ?? {})).toEqual(['grade', 'start', 'reportsTo', 'funding']);
		expect(provenanceWords(fieldProvenance(housing, 'funding'))).toMatch(/^assumption: 80% HRA/);
		const text = compareStructures(old, base).reconciliation.explanation.join('\n');
		expect(text).toContain(
			'Strategic Director (JNC) at £145,500 (the band £138,000 to £153,000, public record: Birmingham City Council senior post adverts, 2015 (strategic directors £138,000 to £153,000); the point, assumption: £145,500 is the midpoint of the 2015 band'
		);
	});

	it('5. a description that states a figure agrees with it: the Director of City Management gains five reports', () => {
		const words: Record<string, number> = { five: 5, ten: 10 };
		const option = m['core-delivery-2021-md-to-city-management'];
		const said = /gains (\w+) direct reports \(from (\w+) to (\w+)\)/.exec(option.description);
		expect(said).not.toBeNull();
		const reports = (s: Structure) =>
			[...s.posts.values()].filter((p) => p.reportsTo === 'director-city-management').length;
		expect([reports(base), reports(option)]).toEqual([words[said![2]], words[said![3]]]);
		expect(reports(option) - reports(base)).toBe(words[said![1]]);
	});

	it('6. the reconciliation names its biggest drivers', () => {
		const text = compareStructures(old, base).reconciliation.explanation.join('\n');
		expect(text).toContain('all 13 deleted posts are reconstructions');
		expect(text).toContain(
			'Director of Development: a post of its own, or not (a reading of the source), +£349,052 (without it) to +£537,121 (with it)'
		);
		expect(text).toContain('Pay year: the 2015 bands costed as 2020/21 pay');
		expect(text).toContain('the stated +£510,000 lies within it');
	});

	it('7. “all the directors” is an explicit reading: 10 or 17 directors, 33 or 54 people-hours of strategy group', () => {
		const broad = m['core-delivery-2021-all-directors-appendix-a'];
		const directors = (s: Structure) => [...s.posts.values()].filter((p) => p.director).length;
		expect([directors(base), directors(broad)]).toEqual([10, 17]);
		const strategy = (s: Structure) =>
			meetingLoad(s).meetings.find((x) => x.meetingId === 'strategy-group')?.peopleHoursPerMonth;
		// (10 directors + the Head of the Chief Executive's Office) × 3 hours = 33; (17 + 1) × 3 = 54
		expect([strategy(base), strategy(broad)]).toEqual([33, 54]);
		expect(base.posts.get('commonwealth-games-director')!.assumed?.director).toContain(
			'narrow reading'
		);
	});

	it('8. the teams, bodies and links the 2021 remits name are modelled, each from its section of 003', () => {
		const sourced = ({ provenance: p }: { provenance: Provenance }) =>
			p.kind === 'source' && p.file === '003_e19b15a5f720a5bc.txt';
		for (const id of [
			'response-unit',
			'service-design-innovation',
			'investment-commercial',
			'city-equalities-observatory',
			'equalities-team',
			'community-safety-cohesion',
			'localism-participation',
			'route-to-zero',
			'city-futures-policy-team',
			'places-policy-team'
		])
			expect(sourced(base.units[id]), id).toBe(true);
		for (const id of ['mhclg', 'school-improvement-services'])
			expect(sourced(base.bodies[id]), id).toBe(true);
		for (const id of [
			'commissions:pd-city-futures->school-improvement-services',
			'supports:pd-city-futures->city-board',
			'partnership-lead:director-partnership-participation-equality->mhclg'
		])
			expect(sourced(base.links[id]), id).toBe(true);
	});
});
