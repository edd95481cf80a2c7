import { describe, expect, it } from 'vitest';
import { orgIndex, type OrgIndex } from '../analysis/orgIndex';
import { postFacts } from '../analysis/postFacts';
import { runChecks } from '../analysis/checks/index';
import { summarise } from '../analysis/summary';
import { spanOfControl } from '../analysis/spanOfControl';
import { costArrays, structureCost } from '../analysis/cost';
import { meetingLoad } from '../analysis/meetingLoad';
import type { Structure } from '../model/types';
import { editingFixture } from '$lib/testing/editingFixture';
import { prng } from '$lib/testing/prng';
import { randomEdit } from '$lib/testing/randomEdit';
import { applyEdit } from './applyEdit';
import { replacedPosts } from './carry';
import { createHistory, record, undo } from './history';

/** An index built from scratch: the same snapshot's data in records no index has seen. */
function rebuilt(s: Structure): OrgIndex {
	return orgIndex({ ...s, posts: new Map(s.posts) });
}

function plain(index: OrgIndex) {
	return {
		...index,
		position: [...index.position],
		order: index.order.slice(0, index.reachable)
	};
}

describe('carrying the analysis index from one snapshot to the next', () => {
	it('replacedPosts names the posts changed in place, and gives up when one is added or removed', () => {
		expect(
			replacedPosts([
				{ op: 'replace', path: ['posts', 'p1', 'reportsTo'], value: 'ceo' },
				{ op: 'replace', path: ['posts', 'p2'], value: {} },
				{ op: 'add', path: ['units', 'u9'], value: {} }
			])
		).toEqual(new Set(['p1', 'p2']));
		expect(replacedPosts([{ op: 'add', path: ['posts', 'p9'], value: {} }])).toBeUndefined();
		expect(replacedPosts([{ op: 'remove', path: ['posts', 'p1'] }])).toBeUndefined();
		expect(replacedPosts([{ op: 'replace', path: ['posts'], value: {} }])).toBeUndefined();
	});

	for (const seed of [7, 99]) {
		it(`after each of 200 random edits and their undoing (seed ${seed}), the carried index, checks, costs and summary equal ones built afresh`, () => {
			const rnd = prng(seed);
			let h = createHistory(editingFixture());
			let carried = 0;
			for (let n = 0; n < 200; n++) {
				const before = h.present;
				orgIndex(before);
				const r = applyEdit(before, randomEdit(before, rnd, n));
				if (!r.ok || r.patches.length === 0) continue;
				const replaced = replacedPosts(r.patches);
				const sameLive = (id: string) =>
					(before.posts.get(id)!.status === 'deleted') ===
					(r.structure.posts.get(id)!.status === 'deleted');
				if (replaced && [...replaced].every(sameLive)) {
					carried++;
					// Carried, not rebuilt: the ids are the very array of the snapshot before.
					expect(orgIndex(r.structure).ids).toBe(orgIndex(before).ids);
				}
				const fresh = { ...r.structure, posts: new Map(r.structure.posts) };
				expect(plain(orgIndex(r.structure))).toEqual(plain(rebuilt(r.structure)));
				expect(postFacts(r.structure)).toEqual(postFacts(fresh));
				expect(runChecks(r.structure)).toEqual(runChecks(fresh));
				expect(summarise(r.structure)).toEqual(summarise(fresh));
				expect(spanOfControl(r.structure)).toEqual(spanOfControl(fresh));
				expect(costArrays(r.structure)).toEqual(costArrays(fresh));
				expect(structureCost(r.structure).posts).toEqual(structureCost(fresh).posts);
				// The units in the same order too (the page lists them as the record holds them).
				expect(JSON.stringify(structureCost(r.structure).byUnit)).toBe(
					JSON.stringify(structureCost(fresh).byUnit)
				);
				expect(meetingLoad(r.structure)).toEqual(meetingLoad(fresh));
				h = record(h, r);
				// Every other step is undone at once (the kept snapshot) and redone by patches.
				if (n % 2) {
					h = undo(h);
					expect(h.present).toBe(before);
					const again = applyEdit(h.present, randomEdit(h.present, prng(n), n));
					if (again.ok && again.patches.length) {
						expect(plain(orgIndex(again.structure))).toEqual(plain(rebuilt(again.structure)));
						h = record(h, again);
					}
				}
			}
			// Most edits (moves, retitles, regrades, dates, funding, services, links) leave the keys alone.
			expect(carried).toBeGreaterThan(40);
		});
	}
});
