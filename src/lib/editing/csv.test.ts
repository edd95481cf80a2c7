import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyEdit } from './applyEdit';
import { CSV_COLUMNS, postsToCsv } from './csv';
import { editingFixture } from '$lib/testing/editingFixture';

const s = editingFixture();

function parse(csv: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(csv, { header: true }).data;
}

describe('postsToCsv', () => {
	it('postsToCsv writes one row a post in line order, with the header first', () => {
		const csv = postsToCsv(s);
		expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
		expect(parse(csv).map((r) => r.id)).toEqual([
			'ceo',
			'head-ceo-office',
			'dcm',
			'ad-finance',
			'dn',
			'ad-parking',
			'parking-manager',
			'md-ops',
			'head-waste'
		]);
	});

	it('postsToCsv costs a post from its grade point and the assumptions', () => {
		// JNC Director point £145,500: NI (145,500 − 8,788) × 13.8% = 18,866.26;
		// pension 145,500 × 19% = 27,645.00; total 192,011.26.
		const dcm = parse(postsToCsv(s)).find((r) => r.id === 'dcm')!;
		expect(dcm).toEqual({
			id: 'dcm',
			title: 'Director of City Management',
			grade: 'JNC Director',
			'salary point': '145500',
			'employer NI': '18866.26',
			pension: '27645',
			total: '192011.26',
			unit: 'City Management',
			'reports to': 'Chief Executive',
			status: 'existing',
			'funding split': '100% General Fund (default)',
			start: '',
			end: '',
			'statutory roles': 'Section 151 officer',
			provenance: 'assumption: test fixture'
		});
		const md = parse(postsToCsv(s)).find((r) => r.id === 'md-ops')!;
		expect(md['funding split']).toBe('60% General Fund, 40% Housing Revenue Account');
		expect(parse(postsToCsv(s)).find((r) => r.id === 'head-waste')!.start).toBe('2021-07-01');
	});

	it('postsToCsv escapes a title a spreadsheet would run as a formula', () => {
		const r = applyEdit(s, { type: 'retitlePost', postId: 'dn', title: '=HYPERLINK("x")' });
		if (!r.ok) throw new Error(r.error);
		expect(parse(postsToCsv(r.structure)).find((x) => x.id === 'dn')!.title).toBe(
			`'=HYPERLINK("x")`
		);
	});

	it('postsToCsv shows a deleted post at no cost', () => {
		const r = applyEdit(s, { type: 'setPostStatus', postId: 'head-waste', status: 'deleted' });
		if (!r.ok) throw new Error(r.error);
		const row = parse(postsToCsv(r.structure)).find((x) => x.id === 'head-waste')!;
		expect([row.status, row.total]).toEqual(['deleted', '0']);
	});
});
