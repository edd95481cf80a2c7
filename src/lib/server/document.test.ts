import { describe, expect, it } from 'vitest';
import { editingFixture } from '../editing/fixture';
import { checkDocument, checkShape } from './document';

describe('checkDocument', () => {
	it('checkDocument accepts a valid structure as it is', () => {
		const s = editingFixture();
		expect(checkDocument(s)).toEqual({ ok: true, structure: s });
	});

	it('checkShape names a missing collection and a wrongly typed field', () => {
		const doc: Record<string, unknown> = { ...editingFixture(), name: 42 };
		delete doc.posts;
		const r = checkShape(doc, 'posted');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => [e.file, e.field])).toEqual([
			['posted', 'name'],
			['posted', 'posts']
		]);
		expect(r.errors[1].message).toBe("missing field 'posts'; add it");
	});

	it('checkDocument runs the semantic rules after the shape', () => {
		const s = structuredClone(editingFixture());
		s.posts['dn'].reportsTo = 'dn';
		const r = checkDocument(s, 'posted');
		expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain('posts.dn.reportsTo');
	});
});
