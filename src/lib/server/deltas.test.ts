import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../editing/applyEdit';
import { structureToJson, toDocument } from '../model/structureDocument';
import type { Structure } from '../model/types';
import { editingFixture } from '$lib/testing/editingFixture';
import { generateStructure } from '$lib/testing/generatedStructure';
import { prng } from '$lib/testing/prng';
import { randomEdit } from '$lib/testing/randomEdit';
import {
	applyDelta,
	applyDeltaShared,
	diffParts,
	documentParts,
	partsHash,
	partsJson,
	sameJson,
	type Delta
} from './deltas';
import { documentHash } from './migrations';

const parts = documentParts;

/** Apply a delta text to a parsed copy of `before`, as a read from the database does. */
function applied(before: object, delta: string): string {
	const doc = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
	applyDelta(doc, JSON.parse(delta) as Delta);
	return JSON.stringify(doc);
}

describe('document parts', () => {
	it('give back the JSON.stringify text and the canonical hash of the whole document', () => {
		const doc = toDocument(editingFixture());
		const p = parts(doc);
		expect(partsJson(p)).toBe(JSON.stringify(doc));
		expect(p.length).toBe(JSON.stringify(doc).length);
		expect(partsHash(p)).toBe(documentHash(doc));
	});

	it('leave out undefined values as JSON does, and keep integer-like ids first as objects do', () => {
		const doc = { b: undefined, a: 1, posts: { x: { n: 1 }, '2': { n: 2 }, y: undefined }, z: [] };
		const p = parts(doc);
		expect(partsJson(p)).toBe('{"a":1,"posts":{"2":{"n":2},"x":{"n":1}},"z":[]}');
		expect(p.keys).toEqual(['a', 'posts', 'z']);
		expect(p.length).toBe(partsJson(p).length);
		expect(partsHash(p)).toBe(documentHash(doc));
	});
});

describe('sameJson', () => {
	it('is true exactly when JSON.stringify writes the same text', () => {
		expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'x' }] })).toBe(true);
		expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
		expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
		expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
		expect(sameJson({ a: Infinity }, { a: NaN })).toBe(true);
		expect(sameJson(new Date(0), new Date(1))).toBe(false);
	});
});

describe('deltas', () => {
	it('a one-post retitle is that one post, whole', () => {
		const before = editingFixture();
		const r = applyEdit(before, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' });
		if (!r.ok) throw new Error(r.error);
		const delta = diffParts(parts(toDocument(before)), parts(toDocument(r.structure)))!;
		expect(delta).toBe(
			`{"delta":1,"entries":{"posts":{"set":{"dn":${JSON.stringify(r.structure.posts.get('dn'))}}}}}`
		);
		expect(JSON.parse(delta).entries.posts.set.dn.title).toBe('Director of Places');
		expect(applied(toDocument(before), delta)).toBe(structureToJson(r.structure));
	});

	it('say which entries and top-level values went, and which came', () => {
		const before = { id: 'a', derivedFrom: 'b', posts: { p: 1, q: 2 }, list: [1] };
		const after = { id: 'a', posts: { p: 1, r: 3 }, list: [1, 2], note: 'x' };
		const delta = diffParts(parts(before), parts(after))!;
		expect(JSON.parse(delta)).toEqual({
			delta: 1,
			set: { list: [1, 2], note: 'x' },
			unset: ['derivedFrom'],
			entries: { posts: { set: { r: 3 }, unset: ['q'] } }
		});
		expect(applied(before, delta)).toBe(JSON.stringify(after));
		expect(diffParts(parts(after), parts(after))).toBe('{"delta":1}');
	});

	it('is refused when applying it would not give the same key order back', () => {
		const before = { posts: { a: 1, b: 2 } };
		expect(diffParts(parts(before), parts({ posts: { b: 2, a: 1 } }))).toBeUndefined();
		expect(diffParts(parts({ x: 1, y: 2 }), parts({ y: 2, x: 1 }))).toBeUndefined();
		// An entry removed and put back moves to the end; the new document has it in its old place.
		expect(diffParts(parts(before), parts({ posts: { a: 1, b: 3 } }))).toBeDefined();
		// Integer-like ids take their numeric place wherever they are assigned.
		const numeric = { posts: { '10': 1, a: 2 } };
		const added = { posts: { '2': 0, '10': 1, a: 2, b: 3 } };
		const delta = diffParts(parts(numeric), parts(added))!;
		expect(applied(numeric, delta)).toBe(JSON.stringify(added));
	});

	for (const seed of [1, 7, 2021]) {
		it(`250 random edits (seed ${seed}): every delta rebuilds the next version exactly`, () => {
			const rnd = prng(seed);
			let s: Structure = editingFixture();
			let p = parts(toDocument(s));
			let deltas = 0;
			for (let n = 0; n < 250; n++) {
				const r = applyEdit(s, randomEdit(s, rnd, n));
				if (!r.ok) continue;
				const next = parts(toDocument(r.structure), { doc: toDocument(s), parts: p });
				const text = structureToJson(r.structure);
				expect(partsJson(next)).toBe(text);
				expect(next.length).toBe(text.length);
				expect(partsJson(parts(toDocument(r.structure)))).toBe(text);
				expect(partsHash(next)).toBe(documentHash(toDocument(r.structure)));
				const delta = diffParts(p, next);
				// Edits made through immer keep key order, so every one has a delta.
				expect(delta).toBeDefined();
				expect(applied(toDocument(s), delta!)).toBe(text);
				const shared = applyDeltaShared(freeze(toDocument(s), true), JSON.parse(delta!) as Delta);
				expect(JSON.stringify(shared)).toBe(text);
				deltas++;
				s = r.structure;
				p = next;
			}
			expect(deltas).toBeGreaterThan(100);
		});
	}

	it('a 1,500-post structure: hashes built from reused blocks match the whole document', () => {
		// Posts fill several blocks of sorted entries, so edits reuse some blocks and write others.
		const rnd = prng(99);
		let s: Structure = freeze(generateStructure(1500), true);
		let p = parts(toDocument(s));
		expect(partsHash(p)).toBe(documentHash(toDocument(s)));
		let checked = 0;
		for (let n = 0; checked < 40; n++) {
			const r = applyEdit(s, randomEdit(s, rnd, n));
			if (!r.ok) continue;
			const next = parts(toDocument(r.structure), { doc: toDocument(s), parts: p });
			expect(partsHash(next)).toBe(documentHash(toDocument(r.structure)));
			expect(partsJson(next)).toBe(structureToJson(r.structure));
			s = r.structure;
			p = next;
			checked++;
		}
	});
});
