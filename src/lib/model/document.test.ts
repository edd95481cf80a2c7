import { describe, expect, it } from 'vitest';
import { checkDocument, checkShape } from './document';
import { formatModelError } from './errors';
import { loadBase } from '$lib/testing/modelFiles';
import { loadBuiltInModels } from './loadFiles';
import { toDocument } from './structureDocument';

describe('checkDocument', () => {
	it('checkDocument accepts a valid structure as it is', () => {
		const s = loadBase();
		expect(checkDocument(toDocument(s))).toEqual({ ok: true, structure: s });
	});

	it('checkShape names a missing collection and a wrongly typed field', () => {
		const doc: Record<string, unknown> = { ...toDocument(loadBase()), name: 42 };
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

	it('checkShape refuses a top-level field the schema does not know', () => {
		const r = checkShape({ ...toDocument(loadBase()), postsCreatedOn: '2021-04-01' }, 'posted');
		expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain('postsCreatedOn');
	});

	it('checkDocument runs the semantic rules after the shape', () => {
		const s = structuredClone(loadBase());
		s.posts.get('director-places')!.reportsTo = 'director-places';
		const r = checkDocument(toDocument(s), 'posted');
		expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain('posts.director-places.reportsTo');
	});
});

describe('structureDocumentSchema', () => {
	// The loader's output, as JSON holds it, is what the API hands back and takes in again, so
	// every field it can produce must pass the shape check; a field added to the loader but not
	// the schema fails here.
	const models = loadBuiltInModels();

	it('loadBuiltInModels finds the seven built-in structures', () => {
		expect(models.map((s) => s.id).sort()).toEqual([
			'clt-2020',
			'core-delivery-2021',
			'core-delivery-2021-all-directors-appendix-a',
			'core-delivery-2021-development-led-by-md',
			'core-delivery-2021-md-to-ceo',
			'core-delivery-2021-md-to-city-management',
			'core-delivery-2021-md-to-purpose'
		]);
	});

	it.each(models.map((s) => [s.id, s] as const))('checkShape accepts the built-in %s', (_, s) => {
		const r = checkShape(toDocument(s), `models/${s.id}.yaml`);
		expect(r.ok ? [] : r.errors.map(formatModelError)).toEqual([]);
	});

	it('checkShape accepts postsDeletedOn as the 2021 model sets it', () => {
		const s = models.find((m) => m.id === 'core-delivery-2021');
		expect(s?.postsDeletedOn).toBeDefined();
		expect(checkShape(toDocument(s!)).ok).toBe(true);
	});
});
