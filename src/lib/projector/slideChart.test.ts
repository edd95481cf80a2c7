import { describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/editing/applyEdit';
import type { Structure } from '$lib/model/types';
import { clt2020 } from '$lib/testing/councils';
import { coreDeliveryFixture } from '$lib/testing/slidesFixture';
import { councilCoreSlide } from './councilCore';
import { deliveryFunctionsSlide } from './deliveryFunctions';
import { CHART_AREAS, postsShown, slideChart } from './slideChart';

function moved(s: Structure, postId: string, newManagerId: string): Structure {
	const r = applyEdit(s, { type: 'movePost', postId, newManagerId });
	if (!r.ok) throw new Error(r.error);
	return r.structure;
}

const box = (chart: ReturnType<typeof slideChart>, id: string) =>
	chart.boxes.find((b) => b.postId === id)!;

describe('postsShown', () => {
	it('takes the structure tier by tier from the Chief Executive, the office first', () => {
		const s = clt2020();
		expect(postsShown(s, 1)).toEqual(['ceo']);
		// The CEO, the office and ten directors; then their ten assistant directors: 22 in all.
		const two = postsShown(s, 2);
		expect(two).toHaveLength(12);
		expect(two.slice(0, 2)).toEqual(['ceo', 'head-ceo-office']);
		expect(postsShown(s, 3)).toHaveLength(22);
	});

	it('leaves out posts not in `only`, and what is under them', () => {
		const only = new Set(['director-neighbourhoods', 'ad-neighbourhoods-1']);
		expect(postsShown(clt2020(), 3, only)).toEqual([
			'ceo',
			'director-neighbourhoods',
			'ad-neighbourhoods-1'
		]);
	});

	it('draws no deleted post', () => {
		const s = clt2020();
		s.posts.get('director-neighbourhoods')!.status = 'deleted';
		expect(postsShown(s, 2)).not.toContain('director-neighbourhoods');
		expect(postsShown(s, 2)).toHaveLength(11);
	});
});

describe('slideChart', () => {
	it('draws the 2020 CEO with ten lines to the directors and folds the assistant directors', () => {
		const chart = slideChart(clt2020(), { area: CHART_AREAS.full, tiers: 3 });
		// Three tiers would need the ten assistant directors too: too wide. Two tiers, four to a
		// row (two either side of the trunk): 2 × 400 + 20 on each side of a 48 trunk gap = 1,688
		// wide; the CEO and three rows of 148 with 44 between = 724 tall; with 10 of margin all
		// round, 1,708 × 744, inside 1,792 × 750.
		expect(chart.scale).toBe(1);
		expect(chart.width).toBe(1688);
		expect(chart.height).toBe(724);
		expect(chart.boxes).toHaveLength(12);
		expect(box(chart, 'ceo')).toMatchObject({ top: true, detail: '10 direct reports · HoPS' });
		expect(box(chart, 'head-ceo-office')).toMatchObject({
			office: true,
			detail: 'Chief Executive’s office'
		});
		expect(box(chart, 'director-neighbourhoods')).toMatchObject({
			folded: 2,
			detail: '+2 posts',
			titleLines: ['Director of', 'Neighbourhoods']
		});
		const fromCeo = chart.lines.filter((l) => l.manager === 'ceo');
		expect(fromCeo.filter((l) => !l.office)).toHaveLength(10);
		expect(fromCeo.filter((l) => l.office).map((l) => l.report)).toEqual(['head-ceo-office']);
		expect(chart.label).toBe(
			'Organisation chart of Corporate Leadership Team, 2020 (fixture): 12 of 22 posts drawn, the rest counted in the box of the post they sit under'
		);
	});

	it('shrinks what fits least badly when nothing fits at full size', () => {
		// 1,708 × 744 with its margin in 1,360 × 640: the width binds, 1,360 / 1,708 = 0.796
		// against 640 / 744 = 0.860 (four to a row shrinks least: three to a row is 1,288 × 928,
		// so 640 / 948 = 0.675).
		const chart = slideChart(clt2020(), { area: CHART_AREAS.whatIf, tiers: 2 });
		expect(chart.scale).toBeCloseTo(1360 / 1708, 6);
		expect(chart.boxes).toHaveLength(12);
	});

	it('compact (the what-if): the ten directors in columns of smaller boxes, at full size', () => {
		const chart = slideChart(clt2020(), { area: CHART_AREAS.whatIf, tiers: 3, compact: true });
		// Three tiers (22 posts) fit no way at full size, nor the 400 × 148 boxes in rows or
		// columns. Boxes of 360 × 108, the office and ten directors in three columns of 4, 4 and 3,
		// each column 32 of indent and 360 of box, 20 between: 3 × 392 + 40 = 1,216 wide; the CEO,
		// 44 of gap, then four boxes with 10 between: 108 + 44 + 4 × 108 + 3 × 10 = 614 tall;
		// with the margin, 1,236 × 634 inside 1,360 × 640.
		expect(chart.scale).toBe(1);
		expect(chart.width).toBe(1216);
		expect(chart.height).toBe(614);
		expect(chart.boxes).toHaveLength(12);
		// The CEO centred over the three columns: (1,216 − 360) / 2 = 428.
		expect(box(chart, 'ceo')).toMatchObject({ x: 428, y: 0, width: 360, height: 108 });
		expect(box(chart, 'head-ceo-office')).toMatchObject({ x: 32, y: 152 });
		// The fifth report tops the second column: 32 + 392 + 20 = 444 across.
		expect(box(chart, 'director-education-skills')).toMatchObject({ x: 444, y: 152 });
		// Two lines of title, one of detail.
		expect(box(chart, 'director-digital-customer')).toMatchObject({
			titleLines: ['Director of Digital', 'and Customer Services'],
			detailLines: ['+2 posts']
		});
		expect(chart.lines.filter((l) => l.manager === 'ceo' && !l.office)).toHaveLength(10);
	});

	it('gives the detail the lines the title leaves', () => {
		const chart = slideChart(clt2020(), {
			area: CHART_AREAS.full,
			tiers: 2,
			details: { 'director-education-skills': 'Schools, SEND and skills' }
		});
		// Two lines of title leave two for the words, the folded posts and the role.
		expect(box(chart, 'director-education-skills')).toMatchObject({
			titleLines: ['Director of Education', 'and Skills'],
			detail: 'Schools, SEND and skills · +2 posts · DCS',
			detailLines: ['Schools, SEND and skills ·', '+2 posts · DCS']
		});
	});

	it('after a move, the boxes count what moved under them', () => {
		const s = moved(clt2020(), 'director-neighbourhoods', 'director-inclusive-growth');
		const chart = slideChart(s, { area: CHART_AREAS.full, tiers: 2 });
		expect(box(chart, 'ceo').detail).toBe('9 direct reports · HoPS');
		// Its own two assistant directors, the Director of Neighbourhoods and their two.
		expect(box(chart, 'director-inclusive-growth').detail).toBe('+5 posts');
		expect(chart.boxes.map((b) => b.postId)).not.toContain('director-neighbourhoods');
	});

	it('the Council Core chart draws only the Core', () => {
		const chart = councilCoreSlide(coreDeliveryFixture()).chart;
		// The two Managing Directors sit in Delivery Functions: not drawn, though the CEO's span
		// counts them.
		expect(chart.boxes.map((b) => [b.postId, b.detail])).toEqual([
			['ceo', '4 direct reports'],
			['head-office', 'Chief Executive’s office'],
			['dcm', 'S151'],
			['pd', '']
		]);
	});

	it('the Delivery Functions chart draws the line to each lead, with its services', () => {
		const chart = deliveryFunctionsSlide(coreDeliveryFixture()).chart;
		expect(chart.boxes.map((b) => [b.postId, b.detail])).toEqual([
			['ceo', '4 direct reports'],
			['md-ops', '2 services'],
			['md-housing', '1 service · +1 post']
		]);
	});
});
