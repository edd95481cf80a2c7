import { describe, expect, it } from 'vitest';
import { diffStructures } from '$lib/analysis';
import { applyEdit } from '$lib/editing';
import { editingFixture } from '$lib/testing/editingFixture';
import { postRows } from './postRows';

describe('postRows', () => {
	it('postRows says a changed post in the change log’s own sentence', () => {
		const s = editingFixture();
		const r = applyEdit(s, { type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' });
		if (!r.ok) throw new Error(r.error);
		const rows = postRows(s, r.structure, diffStructures(s, r.structure));
		expect(r.description).toBe(
			'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year)'
		);
		expect(rows.changed.map((c) => c.changes)).toEqual([[r.description]]);
		// 157,500 + NI (157,500 − 8,788) × 13.8% 20,522.26 + pension 19% 29,925 = 207,947.26;
		// 145,500 + 18,866.26 + 27,645 = 192,011.26; the difference is 15,936.00.
		expect(rows.changed[0].delta).toBe(15936);
	});
});
