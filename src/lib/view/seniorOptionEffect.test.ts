import { describe, expect, it } from 'vitest';
import { effectRows } from './seniorOptionEffect';

const before = {
	posts: 11_000,
	managers: 1_959,
	averageSpan: 5.61,
	layers: 7,
	annualCost: 432_338_667.77,
	ceoSpan: 7,
	ceoSpanWithOffice: 7,
	fte: 10_512.4
};
const after = {
	posts: 11_025,
	managers: 2_032,
	averageSpan: 5.425,
	layers: 8,
	annualCost: 435_592_007.18,
	ceoSpan: 5,
	ceoSpanWithOffice: 6,
	fte: 10_537.4
};

describe('effectRows', () => {
	it('effectRows writes each measure before, after and the change in the product’s formats', () => {
		const rows = Object.fromEntries(effectRows(before, after).map((r) => [r.key, r]));
		expect(rows.averageSpan).toMatchObject({ before: '1:5.6', after: '1:5.4', change: '−0.19' });
		expect(rows.managers).toMatchObject({ before: '1,959', after: '2,032', change: '+73' });
		expect(rows.ceoSpan).toMatchObject({
			before: '7 (7 with office)',
			after: '5 (6 with office)',
			change: '−2'
		});
		expect(rows.layers).toMatchObject({ before: '7', after: '8', change: '+1' });
		expect(rows.posts).toMatchObject({ before: '11,000', after: '11,025', change: '+25' });
		expect(rows.fte).toMatchObject({ before: '10,512.4', after: '10,537.4', change: '+25.0' });
		// £435,592,007.18 − £432,338,667.77 = £3,253,339.41.
		expect(rows.annualCost).toMatchObject({
			before: '£432,338,668',
			after: '£435,592,007',
			change: '+£3,253,339'
		});
	});
});
