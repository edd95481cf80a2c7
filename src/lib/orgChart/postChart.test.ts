import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { makeStructure, post } from '$lib/testing/structure';
import { BOX_HEIGHT, BOX_WIDTH, MARK_BAND, postChart, type PostBox } from './postChart.ts';
import { postBoxGeometry, postChartSvg } from './svg.ts';

function overlaps(a: PostBox, b: PostBox): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('postChart', () => {
	it('postChart draws every live post of the 2020 CLT fixture once, with one line per report', () => {
		const s = clt2020();
		const layout = postChart(s);
		expect(layout.boxes).toHaveLength(22);
		expect(new Set(layout.boxes.map((b) => b.id)).size).toBe(22);
		// 21 manager → report lines, plus the trunk of the CEO's wrapped rows.
		expect(layout.lines.filter((l) => l.id.includes('->'))).toHaveLength(21);
		expect(layout.lines.filter((l) => l.id.endsWith(':trunk'))).toHaveLength(1);
		expect(layout.unattached).toEqual([]);
	});

	it('postChart wraps the CEO’s eleven reports into two rows of six and five', () => {
		const layout = postChart(clt2020());
		const ceo = layout.boxes.find((b) => b.id === 'ceo')!;
		const reports = layout.boxes.filter((b) => b.y === BOX_HEIGHT + 30);
		expect(ceo.y).toBe(0);
		expect(reports).toHaveLength(6);
		const secondRowTop = Math.min(
			...layout.boxes
				.filter((b) => b.id.startsWith('director-') && b.y > reports[0].y)
				.map((b) => b.y)
		);
		expect(layout.boxes.filter((b) => b.y === secondRowTop)).toHaveLength(5);
	});

	it('postChart stacks a director’s two assistant directors beneath, indented by 18', () => {
		const layout = postChart(clt2020());
		const dir = layout.boxes.find((b) => b.id === 'director-neighbourhoods')!;
		const ad1 = layout.boxes.find((b) => b.id === 'ad-neighbourhoods-1')!;
		const ad2 = layout.boxes.find((b) => b.id === 'ad-neighbourhoods-2')!;
		expect(ad1.x).toBe(dir.x + 18);
		expect(ad2.x).toBe(dir.x + 18);
		expect(ad1.y).toBe(dir.y + BOX_HEIGHT + 7);
		expect(ad2.y).toBe(ad1.y + BOX_HEIGHT + 7);
	});

	it('postChart keeps boxes apart and inside the chart', () => {
		const layout = postChart(clt2020());
		for (const b of layout.boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 1e-9);
			expect(b.y + b.height).toBeLessThanOrEqual(layout.height + 1e-9);
		}
		for (let i = 0; i < layout.boxes.length; i++)
			for (let j = i + 1; j < layout.boxes.length; j++)
				expect(
					overlaps(layout.boxes[i], layout.boxes[j]),
					`${layout.boxes[i].id} / ${layout.boxes[j].id}`
				).toBe(false);
		// Two rows of six and five: far narrower than eleven boxes side by side.
		expect(layout.width).toBeLessThan(11 * BOX_WIDTH);
	});

	it('postChart leaves out deleted posts and lists posts cut off from the CEO', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
				post('a', 'Director A', { reportsTo: 'ceo' }),
				post('gone', 'Deleted Director', { reportsTo: 'ceo', status: 'deleted' }),
				post('loose', 'Loose Post', { reportsTo: 'nobody' })
			]
		});
		const layout = postChart(s);
		expect(layout.boxes.map((b) => b.id).sort()).toEqual(['a', 'ceo']);
		expect(layout.unattached).toEqual([{ id: 'loose', title: 'Loose Post' }]);
	});

	it('postChart survives a reporting loop below the CEO', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
				post('x', 'X', { reportsTo: 'y' }),
				post('y', 'Y', { reportsTo: 'x' })
			]
		});
		const layout = postChart(s);
		expect(layout.boxes.map((b) => b.id)).toEqual(['ceo']);
		expect(layout.unattached.map((u) => u.id)).toEqual(['x', 'y']);
	});

	it('postChart shows grade, office and statutory roles, and carries marks', () => {
		const layout = postChart(clt2020(), { marks: { 'city-solicitor': 'changed' } });
		const office = layout.boxes.find((b) => b.id === 'head-ceo-office')!;
		expect(office.detail).toBe('Head of Service · office');
		expect(office.office).toBe(true);
		expect(layout.boxes.find((b) => b.id === 'ceo')!.roles).toBe('HoPS');
		expect(layout.boxes.find((b) => b.id === 'city-solicitor')!.mark).toBe('changed');
		expect(layout.boxes.find((b) => b.id === 'ceo')!.mark).toBeUndefined();
	});
});

describe('postChartSvg', () => {
	it('postChartSvg escapes titles and tags marked posts in words', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'Chief Executive <CEO> & Head', { grade: 'chief-executive' }),
				post('a', 'Director A', { reportsTo: 'ceo' })
			]
		});
		const svg = postChartSvg(postChart(s, { marks: { a: 'new' } }), {
			title: 'After & before'
		});
		expect(svg).toContain('Chief Executive &lt;CEO&gt;');
		expect(svg).toContain('aria-label="After &amp; before"');
		expect(svg).toContain('>NEW</text>');
		expect(svg).not.toContain('<CEO>');
		expect(svg.match(/<g data-post=/g)).toHaveLength(2);
	});
});

describe('postChartSvg tags', () => {
	it('postChart gives a marked chart a band of 17 above every box’s words, and none otherwise', () => {
		const plain = postChart(clt2020());
		expect(plain.markBand).toBe(0);
		expect(new Set(plain.boxes.map((b) => b.height))).toEqual(new Set([BOX_HEIGHT]));
		const marked = postChart(clt2020(), { marks: { 'city-solicitor': 'changed' } });
		expect(marked.markBand).toBe(MARK_BAND);
		// Every box, marked or not, so the rows stay level: 64 + 17 = 81.
		expect(new Set(marked.boxes.map((b) => b.height))).toEqual(new Set([81]));
	});

	it('postBoxGeometry puts the NEW and CHANGED tags inside the box, above the title, clear of every word', () => {
		const marks = { ceo: 'changed', 'city-solicitor': 'changed', 'director-hr': 'new' } as const;
		const chart = postChart(clt2020(), { marks });
		const tagged = chart.boxes.filter((b) => b.mark);
		expect(tagged.map((b) => b.id).sort()).toEqual(Object.keys(marks).sort());
		for (const b of tagged) {
			const g = postBoxGeometry(b, chart.markBand);
			const tag = g.tag!;
			expect(tag.label).toBe(b.mark === 'new' ? 'NEW' : 'CHANGED');
			// Inside the border (2 units in) and inside the band.
			expect(tag.x).toBeGreaterThanOrEqual(2);
			expect(tag.x + tag.width).toBeLessThanOrEqual(b.width - 2);
			expect(tag.y).toBeGreaterThanOrEqual(2);
			expect(tag.y + tag.height).toBeLessThanOrEqual(chart.markBand);
			// The title's first line rises at most its font size above its baseline: 17 + 15 − 11.5.
			const titleTop = g.titleBaselines[0] - g.titleSize;
			expect(titleTop).toBe(20.5);
			expect(tag.y + tag.height).toBeLessThan(titleTop);
			// The grade line stays below the last title line and inside the box.
			expect(g.detailBaseline).toBeGreaterThan(g.titleBaselines.at(-1)! + 10);
			expect(g.detailBaseline).toBeLessThan(b.height);
		}
		const svg = postChartSvg(chart, { title: 'After' });
		expect(svg.match(/>CHANGED<\/text>/g)).toHaveLength(2);
		expect(svg.match(/>NEW<\/text>/g)).toHaveLength(1);
		// No tag straddles a border any more: nothing is drawn above a box's top edge.
		expect(svg).not.toMatch(/y="-\d/);
	});
});

describe('postChart stacks', () => {
	it('postChart puts four or more stacked reports in two columns of at most half each', () => {
		const posts = [
			post('ceo', 'Chief Executive', { grade: 'chief-executive' }),
			post('d', 'Director', { reportsTo: 'ceo' }),
			post('e', 'Other Director', { reportsTo: 'ceo' })
		];
		for (const n of [1, 2, 3, 4, 5]) posts.push(post(`ad${n}`, `AD ${n}`, { reportsTo: 'd' }));
		const layout = postChart(makeStructure({ posts }));
		const d = layout.boxes.find((b) => b.id === 'd')!;
		const ads = [1, 2, 3, 4, 5].map((n) => layout.boxes.find((b) => b.id === `ad${n}`)!);
		// Five reports: three in the first column, two in the second, side by side.
		expect(new Set(ads.slice(0, 3).map((b) => b.x))).toEqual(new Set([d.x + 18]));
		expect(new Set(ads.slice(3).map((b) => b.x))).toEqual(
			new Set([d.x + 18 + BOX_WIDTH + 12 + 18])
		);
		expect(ads[3].y).toBe(ads[0].y);
		for (let i = 0; i < layout.boxes.length; i++)
			for (let j = i + 1; j < layout.boxes.length; j++)
				expect(overlaps(layout.boxes[i], layout.boxes[j])).toBe(false);
	});
});
