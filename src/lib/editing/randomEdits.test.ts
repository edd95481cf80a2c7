import { describe, expect, it } from 'vitest';
import { validateStructure } from '../model/validate';
import { applyEdit } from './applyEdit';
import { editingFixture } from '$lib/testing/editingFixture';
// Seeded, so a failing sequence can be replayed from its seed.
import { prng } from '$lib/testing/prng';
import { randomEdit } from '$lib/testing/randomEdit';
import { canUndo, createHistory, record, redo, undo } from './history';
import { structureToJson } from '../model/structureDocument';

describe('random edit sequences', () => {
	for (const seed of [1, 2, 3, 42, 2021]) {
		it(`200 random edits (seed ${seed}) stay valid, and undoing them all gives back exactly the original`, () => {
			const rnd = prng(seed);
			const original = editingFixture();
			const snapshot = structureToJson(original);
			let h = createHistory(original);
			let made = 0;
			let refusedCount = 0;
			for (let n = 0; n < 200; n++) {
				const r = applyEdit(h.present, randomEdit(h.present, rnd, n));
				if (!r.ok) {
					refusedCount++;
					continue;
				}
				// Every accepted edit leaves a structure the validator accepts.
				expect(validateStructure(r.structure)).toEqual([]);
				if (r.patches.length) made++;
				h = record(h, r);
			}
			// The mix exercises both paths; a generator that only produced refusals would prove nothing.
			expect(made).toBeGreaterThan(50);
			expect(refusedCount).toBeGreaterThan(10);
			expect(h.past).toHaveLength(made);
			const final = h.present;
			while (canUndo(h)) h = undo(h);
			expect(h.present).toEqual(original);
			expect(structureToJson(original)).toBe(snapshot);
			for (let i = 0; i < made; i++) h = redo(h);
			expect(h.present).toEqual(final);
		});
	}
});
