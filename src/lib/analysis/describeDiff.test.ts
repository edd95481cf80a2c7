import { describe, expect, it } from 'vitest';
import { describeDiff } from './describeDiff';
import { diffStructures } from './diff';
import { changed2020, clt2020, coreDelivery2021 } from '$lib/testing/councils';
import { link } from '$lib/testing/structure';

describe('describeDiff', () => {
	it('describeDiff says every difference in plain words', () => {
		expect(describeDiff(diffStructures(clt2020(), changed2020()))).toEqual([
			// 192,011.26 − 108,347.26 = +83,664
			'Assistant Director 1, Neighbourhoods is regraded from Assistant Director to JNC Director (+£83,664 a year)',
			'City Solicitor is retitled City Solicitor and Monitoring Officer',
			'Director of Public Health now reports to Director of Council Management (was Chief Executive)',
			'Director of HR and Organisational Development is deleted (JNC Director, saving £192,011 a year)',
			'Assistant Chief Executive is deleted (JNC Director, saving £192,011 a year)',
			'Director of City Management is created (JNC Director, £192,011 a year), reporting to Chief Executive in Corporate',
			'Parking moves from Neighbourhoods to City Operations',
			'City Operations is created',
			'CLT is replaced by Performance group',
			'The Chief Executive’s direct reports go from 10 (11 with the office) to 8 (9 with the office)',
			// 21 / 6 = 3.5 → 20 / 7 = 2.857…
			'The average span of managers goes from 1:3.5 to 1:2.9',
			// 3,323,943.40 → 3,215,596.14, −108,347.26
			'The full-year cost goes from £3,323,943 to £3,215,596 (−£108,347 a year)'
		]);
	});

	it('describeDiff names meetings replaced by several, links, funding and roles', () => {
		const a = coreDelivery2021();
		const b = structuredClone(a);
		b.posts.get('md-city-operations')!.funding = { generalFund: 50, hra: 50 };
		b.posts.get('md-city-life-courses')!.statutoryRoles = [];
		b.posts.get('pd-city-futures')!.statutoryRoles = ['dcs', 'dass'];
		const extra = link('holds-to-account', 'director-city-management', 'city-operations');
		b.links[extra.id] = extra;
		delete b.links['commissions:pd-city-futures->childrens-trust'];
		b.meetings['strategy-group'].cadence = 'fortnightly';
		expect(describeDiff(diffStructures(a, b))).toEqual([
			'Purpose Director: City Futures now holds the statutory role of Director of Adult Social Services',
			'Managing Director: City Operations is now funded 50% General Fund, 50% Housing Revenue Account (was 100% General Fund)',
			'Managing Director: City Life Courses no longer holds the statutory role of Director of Adult Social Services',
			'Strategy group now meets fortnightly (was monthly)',
			'Director of City Management holds to account City Operations',
			'Purpose Director: City Futures no longer commissions Birmingham Children’s Trust'
		]);
		const replaced = describeDiff(diffStructures(clt2020(), coreDelivery2021()));
		expect(replaced).toContain(
			'CLT is replaced by Strategy group, Performance group, Assurance group and Leadership group'
		);
		expect(replaced).toContain('EMT ends');
	});

	it('describeDiff leaves out changes that move no measure when asked', () => {
		const a = clt2020();
		const b = structuredClone(a);
		b.posts.get('ceo')!.remit = 'Overall leadership';
		b.posts.get('director-hr')!.provenance = { kind: 'assumption', note: 'another note' };
		b.posts.get('city-solicitor')!.title = 'Head of Legal';
		const diff = diffStructures(a, b);
		expect(describeDiff(diff)).toEqual([
			'Chief Executive: its remit changes',
			'City Solicitor is retitled Head of Legal',
			'Director of HR and Organisational Development: its source changes'
		]);
		expect(describeDiff(diff, { minor: false })).toEqual([
			'City Solicitor is retitled Head of Legal'
		]);
	});

	it('describeDiff names what changes in a record and leaves source-only changes out when asked', () => {
		const a = coreDelivery2021();
		const b = structuredClone(a);
		const other = { kind: 'assumption', note: 'another note' } as const;
		b.units['city-housing'].remit = 'Landlord services';
		b.units['city-operations'].provenance = other;
		b.meetings['strategy-group'].purpose = 'Policy';
		b.meetings['leadership-group'].provenance = other;
		b.links['commissions:pd-city-futures->childrens-trust'].note = 'Through a service contract';
		b.links['assures:assurance-group->city-housing'].provenance = other;
		b.grades['jnc-director'].max = 160000;
		b.bodies['cabinet-member-a'].provenance = other;
		const diff = diffStructures(a, b);
		expect(describeDiff(diff, { provenance: false })).toEqual([
			'City Housing: its remit changes',
			'Strategy group: its purpose changes',
			'The link where Purpose Director: City Futures commissions Birmingham Children’s Trust: its note changes',
			'Grade JNC Director: its salary range changes'
		]);
		expect(describeDiff(diff)).toEqual([
			'City Operations: its source changes',
			'City Housing: its remit changes',
			'Strategy group: its purpose changes',
			'Leadership group: its source changes',
			'The link where Purpose Director: City Futures commissions Birmingham Children’s Trust: its note changes',
			'The link where Assurance group assures City Housing: its source changes',
			'Cabinet Member A: its source changes',
			'Grade JNC Director: its salary range changes'
		]);
	});
});
