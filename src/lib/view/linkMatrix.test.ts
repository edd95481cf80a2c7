import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '../model/index.ts';
import { linkMatrix } from './linkMatrix.ts';

const s = loadBuiltInModels().find((m) => m.id === 'core-delivery-2021')!;

describe('the links as a table', () => {
	const m = linkMatrix(s);

	it('counts each type once, as the model file lists them', () => {
		// models/core-delivery-2021.yaml: 15 member-interface links (8 from Cabinet Members, 7 from
		// Overview and Scrutiny) and 9 assures (6 from the Assurance group, 3 from the Purpose
		// Director: City Futures).
		expect(m.totals['member-interface']).toBe(15);
		expect(m.totals.assures).toBe(9);
	});

	it("lists a Managing Director's links in and out, by type", () => {
		const row = m.rows.find((r) => r.node === 'md-city-housing')!;
		// Reports to the Chief Executive and manages one Assistant Director; City Housing has its
		// purpose set by the Purpose Director: Places, is held to account by the Performance group,
		// assured by the Assurance group, and met by Cabinet Members and Overview and Scrutiny.
		expect(row.cells['line-management'].in.map((c) => c.otherId)).toEqual(['chief-executive']);
		expect(row.cells['line-management'].out).toHaveLength(1);
		expect(row.cells['sets-purpose-for'].in.map((c) => c.otherId)).toEqual(['pd-places']);
		expect(row.cells['holds-to-account'].in.map((c) => c.otherId)).toEqual(['performance-group']);
		expect(row.cells.assures.in.map((c) => c.otherId)).toEqual(['assurance-group']);
		expect(row.cells['member-interface'].in.map((c) => c.otherId).sort()).toEqual([
			'cabinet-members',
			'overview-scrutiny'
		]);
		expect(row.total).toBe(7);
	});

	it('has a row for every post and for each body and meeting that links name', () => {
		expect(m.rows.filter((r) => r.kind === 'post')).toHaveLength(s.posts.size);
		expect(m.rows.some((r) => r.node === 'cabinet-members' && r.kind === 'body')).toBe(true);
		const assurance = m.rows.find((r) => r.node === 'assurance-group')!;
		expect(assurance.kind).toBe('meeting');
		expect(assurance.cells.assures.out).toHaveLength(6);
	});
});
