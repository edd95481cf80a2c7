import { describe, expect, it } from 'vitest';
import { compareStructures, diffStructures, runChecks, summarise } from '../analysis/index.ts';
import { changeMarks, compareRows, headlineFigures, postChangeSentences } from './headlines.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';

describe('headlineFigures', () => {
	const s = mappingFixture();
	const rows = headlineFigures(summarise(s), runChecks(s), s.spanRules);
	const row = (key: string) => rows.find((r) => r.key === key)!;

	it('gives the CEO span without and with the office, judged against the rule of 5 from 003', () => {
		// CEO → office, DCM, MD (the deleted Strategic Director does not count): 2 + the office.
		expect(row('ceo-span')).toMatchObject({
			value: '2',
			detail: '3 with the office',
			verdict: 'pass'
		});
		expect(row('ceo-span').rule).toBe(
			'Best practice: no more than 5 direct reports, not counting the office'
		);
		expect(row('ceo-span').citation).toEqual({
			text: 'Cabinet report, 19 January 2021, Appendix A section 3',
			href: '/sources#source-003',
			anchor: 'source-003'
		});
	});

	it('cites the stated +£0.51m to its paragraph and a changed span rule to the structure', () => {
		expect(row('cost').citation?.text).toBe('Cabinet report, 19 January 2021, para 7.3.1');
		const own = headlineFigures(summarise(s), runChecks(s), { ...s.spanRules, ceoMax: 6 });
		const ceo = own.find((r) => r.key === 'ceo-span')!;
		expect(ceo.rule).toBe(
			'Best practice: no more than 6 direct reports, not counting the office — this structure’s span rules'
		);
		expect(ceo.citation).toBeUndefined();
	});

	it('fails an average span of 1:3 against the target of 1:10', () => {
		// One manager (the CEO) with three reports.
		expect(row('average-span')).toMatchObject({ value: '1:3.0', verdict: 'fail' });
	});

	it('words the full-year cost from the core in whole pounds', () => {
		// CEO 175,000 + NI (175,000 − 8,788) × 13.8% = 22,937.26 + pension 19% = 33,250 → 231,187.26
		// Head of office 82,500 + 10,172.26 + 15,675 = 108,347.26
		// Two directors (145,500 + 18,866.26 + 27,645) × 2 = 384,022.52
		// Total 723,557.04
		expect(row('cost').value).toBe('£723,557');
	});

	it('counts the failed checks and says which rule is not judged', () => {
		const checks = runChecks(s);
		const failed = checks.filter((c) => !c.passed).length;
		expect(failed).toBeGreaterThan(0);
		expect(row('checks')).toMatchObject({
			value: `${failed} of ${checks.length}`,
			verdict: 'fail'
		});
		expect(row('layers')).toMatchObject({ value: '2', verdict: 'not-judged' });
	});
});

describe('compareRows and changeMarks', () => {
	const a = mappingFixture();
	const b = mappingFixture();
	b.posts = new Map(b.posts).set('md-ops', { ...b.posts.get('md-ops')!, reportsTo: 'dcm' });
	b.posts = new Map(b.posts).set('dcm', {
		...b.posts.get('dcm')!,
		title: 'Director of City Management and Finance'
	});
	b.posts = new Map([...b.posts].filter(([id]) => id !== 'head-office'));
	b.posts = new Map(b.posts).set('pd', {
		id: 'pd',
		title: 'Purpose Director: City Futures',
		grade: 'director',
		fte: 1,
		status: 'new',
		unit: 'city-management',
		reportsTo: 'ceo',
		statutoryRoles: [],
		provenance: { kind: 'source', file: '003_e19b15a5f720a5bc.txt', section: '3.3' }
	});

	it('marks deleted posts before, created after, and moved or changed on both sides', () => {
		const diff = diffStructures(a, b);
		expect(changeMarks(diff, 'before')).toEqual({
			'head-office': 'deleted',
			'md-ops': 'moved',
			dcm: 'changed'
		});
		expect(changeMarks(diff, 'after')).toEqual({
			pd: 'created',
			'md-ops': 'moved',
			dcm: 'changed'
		});
	});

	it('lines up the figures with the change, signed', () => {
		const rows = compareRows(summarise(a), summarise(b));
		const posts = rows.find((r) => r.key === 'posts')!;
		expect(posts).toMatchObject({ before: '4', after: '4', change: '0' });
		const span = rows.find((r) => r.key === 'ceo-span-office')!;
		// Before: office, DCM, MD = 3. After: DCM and the Purpose Director = 2.
		expect(span).toMatchObject({ before: '3', after: '2', change: '−1' });
		const cost = rows.find((r) => r.key === 'cost')!;
		// −108,347.26 (the office deleted) + 192,011.26 (the Purpose Director created) = +83,664.00
		expect(cost.change).toBe('+£83,664');
	});

	it('picks the sentences about one post from the comparison', () => {
		const c = compareStructures(a, b);
		const about = postChangeSentences(c.diff, 'md-ops');
		expect(about).toHaveLength(1);
		expect(about[0]).toContain('Director of City Management');
		expect(postChangeSentences(c.diff, 'pd')[0]).toContain('Purpose Director: City Futures');
	});
});
