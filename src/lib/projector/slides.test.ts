import { describe, expect, it } from 'vitest';
import { freeze } from 'immer';
import { clt2020 } from '$lib/testing/councils';
import { applyEdit } from '$lib/editing/applyEdit';
import type { Structure } from '$lib/model/types';
import { accountabilitySlide } from './accountability';
import { buildSlides } from './buildSlides';
import { costSlide } from './cost';
import { councilCoreSlide } from './councilCore';
import { deliveryFunctionsSlide } from './deliveryFunctions';
import { oldStructureSlide } from './oldStructure';
import { problemSlide } from './problem';
import { rhythmSlide } from './rhythm';
import { coreDeliveryFixture } from '$lib/testing/slidesFixture';
import { whatIfSlide } from './whatIf';
import { managerChoices, movablePosts, serviceChoices, unitChoices } from '$lib/view/choices';

function moved(s: Structure, postId: string, newManagerId: string): Structure {
	const r = applyEdit(s, { type: 'movePost', postId, newManagerId });
	if (!r.ok) throw new Error(r.error);
	return r.structure;
}

describe('oldStructureSlide', () => {
	it('oldStructureSlide shows the 2020 CEO with ten reports, eleven with the office, five over best practice', () => {
		const slide = oldStructureSlide(clt2020());
		expect(slide.figures[0]).toMatchObject({
			value: '10',
			detail: '11 counting the office',
			verdict: 'misses',
			verdictText: '✗ 5 over best practice'
		});
		expect(slide.reports).toHaveLength(11);
		expect(slide.reports[0]).toMatchObject({ postId: 'head-ceo-office', office: true });
		const neighbourhoods = slide.reports.find((r) => r.postId === 'director-neighbourhoods')!;
		expect(neighbourhoods.detail).toBe('2 direct reports');
		expect(slide.ceo.roles).toBe('Head of Paid Service');
	});
});

describe('problemSlide', () => {
	it('problemSlide compares the average span with 1:10 and counts the pairs meeting only at the CEO', () => {
		const slide = problemSlide(clt2020());
		const [ceo, average, fulcrum] = slide.figures;
		expect(ceo.value).toBe('10');
		// Managers: the CEO with 11 reports and five directors with 2 each: (11 + 10) / 6 = 3.5.
		expect(average).toMatchObject({
			value: '1:3.5',
			verdict: 'misses',
			verdictText: '✗ 6.5 below the target'
		});
		// Five directorates reporting to the CEO: 5 × 4 / 2 = 10 pairs, all meeting only at the CEO.
		expect(fulcrum).toMatchObject({
			value: '10',
			label: 'of 10 pairs of departments meet only at the Chief Executive'
		});
		expect(slide.pairs).toHaveLength(6);
		expect(slide.pairs[0]).toBe('Neighbourhoods and Digital and Customer Services');
		expect(slide.morePairs).toBe(4);
	});
});

describe('councilCoreSlide', () => {
	it('councilCoreSlide lists the Core posts reporting to the CEO, not the Managing Directors', () => {
		const slide = councilCoreSlide(coreDeliveryFixture());
		expect(slide.posts.map((p) => p.postId)).toEqual(['head-office', 'dcm', 'pd']);
		expect(slide.posts[1].roles).toBe('Section 151 officer');
		// Four reports without the office, five with: within best practice.
		expect(slide.figures[0]).toMatchObject({
			value: '4',
			verdict: 'meets',
			verdictText: '✓ Within best practice'
		});
	});
});

describe('deliveryFunctionsSlide', () => {
	it('deliveryFunctionsSlide gives each function its lead, purpose-setter and services', () => {
		const slide = deliveryFunctionsSlide(coreDeliveryFixture());
		expect(slide.functions).toEqual([
			{
				leadId: 'md-ops',
				unitId: 'operations',
				name: 'Operations',
				lead: 'Managing Director: Operations',
				purposeSetter: 'Purpose Director',
				external: false,
				services: ['Parking', 'Refuse collection']
			},
			{
				leadId: 'md-housing',
				unitId: 'housing',
				name: 'Housing',
				lead: 'Managing Director: Housing',
				purposeSetter: 'Purpose Director',
				external: false,
				services: ['Repairs']
			}
		]);
	});
});

describe('rhythmSlide', () => {
	it('rhythmSlide puts the four groups in weeks 1 to 4 and counts people-hours before and after', () => {
		const slide = rhythmSlide(clt2020(), coreDeliveryFixture());
		expect(slide.weeks.map((w) => w.meetings.map((m) => m.name))).toEqual([
			['Strategy group'],
			['Performance group'],
			['Assurance group'],
			['Leadership group']
		]);
		expect(slide.weeks[1].meetings[0]).toMatchObject({
			when: 'Monthly, week 2, 3 hours',
			lead: 'Chaired by Director of City Management',
			attendance: '5 attend'
		});
		// Leadership group: five directors and their reports (the office and the AD) = 7.
		expect(slide.weeks[3].meetings[0].attendance).toBe('7 attend');
		expect(slide.other.map((m) => m.name)).toEqual(['Annual business planning']);
		expect(slide.replaces).toEqual([
			'CLT, weekly → Strategy group, Performance group, Assurance group, Leadership group'
		]);
		// Before: CLT 12 × 3 h × 52/12 = 156; EMT 10 × 2 h × 1/3 = 6.67: 162.67.
		// After: 5×3 + 5×3 + 5×2 + 7×2 + 5 × 8 / 12 = 57.33.
		expect(slide.figures[0]).toMatchObject({
			value: '57',
			detail: '163 before',
			verdictText: '▼ Down 105 a month'
		});
	});
});

describe('accountabilitySlide', () => {
	it('accountabilitySlide says when the purpose-setter is also the line manager', () => {
		const b = coreDeliveryFixture();
		b.posts.get('md-ops')!.reportsTo = 'pd';
		const [ops, housing] = accountabilitySlide(b).routes;
		expect(ops.line).toBe('The purpose-setter');
		expect(housing.line).toBe('Chief Executive');
	});

	it('accountabilitySlide shows each route and names the gaps', () => {
		const slide = accountabilitySlide(coreDeliveryFixture());
		const [ops, housing] = slide.routes;
		expect(ops).toMatchObject({
			name: 'Operations',
			purpose: 'Purpose Director',
			line: 'Chief Executive',
			performance: 'Performance group',
			assurance: 'Assurance group',
			gaps: []
		});
		expect(housing.members).toBe('✗ None');
		expect(housing.gaps).toContain('Member interface');
		expect(slide.figures[0]).toMatchObject({ value: '1 of 2', verdict: 'misses' });
	});
});

describe('costSlide', () => {
	it('costSlide gives the change post by post and against the stated figure', () => {
		const a = clt2020();
		const b = structuredClone(a);
		b.posts.get('assistant-chief-executive')!.status = 'deleted';
		b.statedCostChange = {
			label: 'Net increase',
			value: 510000,
			provenance: { kind: 'source', file: '003_e19b15a5f720a5bc.txt', section: '7.3.1' }
		};
		const slide = costSlide(a, b);
		// One JNC Director deleted: −192,011.26.
		expect(slide.figures[0]).toMatchObject({
			value: '−£192,011',
			detail: 'General Fund −£192,011'
		});
		// −192,011.26 − 510,000 = −702,011.26
		expect(slide.figures[1]).toMatchObject({
			value: '+£510,000',
			detail: 'Difference −£702,011',
			verdictText: 'The model is £702,011 below it'
		});
		expect(slide.lines).toEqual([
			{ label: 'Full-year cost before', value: '£3,323,943', kind: 'total' },
			{ label: '1 post deleted', value: '−£192,011', kind: 'down' },
			{ label: '0 posts created', value: '£0', kind: 'up' },
			{ label: 'Full-year cost after', value: '£3,131,932', kind: 'total' }
		]);
	});
});

describe('whatIfSlide', () => {
	it('whatIfSlide recomputes every number after a Managing Director moves, and shows no change before', () => {
		const a = clt2020();
		const b = freeze(coreDeliveryFixture(), true);
		const start = whatIfSlide(a, b, b);
		expect(start.metrics.every((m) => !m.changed && m.changeText === 'no change')).toBe(true);
		const byKey = (s: ReturnType<typeof whatIfSlide>) =>
			Object.fromEntries(s.metrics.map((m) => [m.key, m]));
		expect(byKey(start).ceoSpan.now).toBe('4');
		expect(byKey(start).onlyAtCeo.now).toBe('1');

		const one = whatIfSlide(a, b, moved(b, 'md-ops', 'pd'));
		expect(byKey(one).ceoSpan).toMatchObject({
			start: '4',
			now: '3',
			changed: true,
			changeText: '▼ down 1'
		});
		// Managers: CEO 4, Purpose Director 1, MD Housing 1: (4 + 1 + 1) / 3 = 2.0, from (5 + 1) / 2 = 3.0.
		expect(byKey(one).averageSpan).toMatchObject({
			start: '1:3.0',
			now: '1:2.0',
			changeText: '▼ down 1.0'
		});
		// Housing still answers to the CEO, so the pair still meets only there.
		expect(byKey(one).onlyAtCeo.changed).toBe(false);
		expect(one.reports.find((r) => r.postId === 'pd')!.reports.map((r) => r.postId)).toEqual([
			'md-ops'
		]);

		const both = whatIfSlide(a, b, moved(moved(b, 'md-ops', 'pd'), 'md-housing', 'pd'));
		expect(byKey(both).onlyAtCeo).toMatchObject({ now: '0', changeText: '▼ down 1' });
		// CEO → Purpose Director → MD Housing → AD: one layer more.
		expect(byKey(both).layers).toMatchObject({ start: '3', now: '4', changeText: '▲ up 1' });
	});
});

describe('buildSlides', () => {
	it('buildSlides tells the story in order and shows the edited structure on every later slide', () => {
		const a = clt2020();
		const b = coreDeliveryFixture();
		const now = moved(b, 'md-ops', 'pd');
		const slides = buildSlides(a, b, now);
		expect(slides.map((s) => s.id)).toEqual([
			'old-structure',
			'problem',
			'council-core',
			'delivery-functions',
			'rhythm',
			'accountability',
			'cost',
			'what-if'
		]);
		const core = slides[2];
		expect(core.id === 'council-core' && core.figures[0].value).toBe('3');
		for (const s of slides) expect(s.notes.length).toBeGreaterThan(0);
	});
});

describe('the what-if pickers', () => {
	it('managerChoices leaves out the post, everyone below it and its present manager', () => {
		const b = coreDeliveryFixture();
		const ids = managerChoices(b, 'md-housing', { exceptPresent: true, byLayer: true }).map(
			(c) => c.id
		);
		expect(ids).not.toContain('md-housing');
		expect(ids).not.toContain('ad-repairs');
		expect(ids).not.toContain('ceo');
		expect(ids.sort()).toEqual(['dcm', 'head-office', 'md-ops', 'pd']);
	});

	it('managerChoices lists the projector’s candidates by layer, then title', () => {
		const b = coreDeliveryFixture();
		// Repairs' AD now reports to the MD for Housing: the CEO (layer 1), then layer 2 by title.
		expect(
			managerChoices(b, 'ad-repairs', { exceptPresent: true, byLayer: true }).map((c) => c.label)
		).toEqual([
			'Chief Executive',
			'Director of City Management',
			'Head of CEO’s Office',
			'Managing Director: Operations',
			'Purpose Director'
		]);
		// The edit form's list reads like the tree and keeps the present manager, the form's default.
		expect(managerChoices(b, 'ad-repairs').map((c) => c.label)).toEqual([
			'Chief Executive',
			'\u2003Director of City Management',
			'\u2003Head of CEO’s Office',
			'\u2003Managing Director: Housing',
			'\u2003Managing Director: Operations',
			'\u2003Purpose Director'
		]);
	});

	it('movablePosts puts the Managing Directors first and never offers the CEO', () => {
		const posts = movablePosts(coreDeliveryFixture());
		expect(posts.map((p) => p.id).slice(0, 2)).toEqual(['md-housing', 'md-ops']);
		expect(posts.map((p) => p.id)).not.toContain('ceo');
		expect(posts[0].label).toBe('Managing Director: Housing (now reports to Chief Executive)');
	});

	it('serviceChoices and unitChoices say where a service is and offer the other units', () => {
		const b = coreDeliveryFixture();
		expect(serviceChoices(b).map((c) => c.label)).toEqual([
			'Parking (now in Operations)',
			'Refuse collection (now in Operations)',
			'Repairs (now in Housing)'
		]);
		expect(
			unitChoices(b, { except: b.services.parking.unit, deliveryFunctionsFirst: true }).map(
				(c) => c.id
			)
		).toEqual(['housing', 'ceo-office', 'city-management', 'purpose']);
	});
});
