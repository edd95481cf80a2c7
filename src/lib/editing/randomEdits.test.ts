import { describe, expect, it } from 'vitest';
import { validateStructure } from '../model/validate';
import type { Structure } from '../model/types';
import { applyEdit } from './applyEdit';
import type { Edit } from './edits';
import { editingFixture } from '$lib/testing/editingFixture';
// Seeded, so a failing sequence can be replayed from its seed.
import { prng } from '$lib/testing/prng';
import { canUndo, createHistory, record, redo, undo } from './history';

/** A random edit of any type against the current structure; some will be refused, as users' are. */
function randomEdit(s: Structure, rnd: () => number, n: number): Edit {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const posts = Object.keys(s.posts);
	const units = Object.keys(s.units);
	const meetings = Object.keys(s.meetings);
	const grades = Object.keys(s.grades);
	const linkable = [...posts, ...units, ...Object.keys(s.bodies), ...meetings];
	const types: Edit['type'][] = [
		'movePost',
		'movePost',
		'moveService',
		'addPost',
		'addPost',
		'deletePost',
		'retitlePost',
		'regradePost',
		'setPostFunding',
		'setPostDates',
		'setPostStatus',
		'addLink',
		'removeLink',
		'addMeeting',
		'removeMeeting',
		'updateMeeting',
		'setAssumption'
	];
	switch (pick(types)) {
		case 'movePost':
			return {
				type: 'movePost',
				postId: pick(posts),
				newManagerId: pick(posts),
				...(rnd() < 0.3 ? { newUnitId: pick(units) } : {})
			};
		case 'moveService':
			return {
				type: 'moveService',
				serviceId: pick(Object.keys(s.services)),
				unitId: pick(units)
			};
		case 'addPost':
			return {
				type: 'addPost',
				post: {
					title: `Post ${n}`,
					grade: pick(grades),
					unit: pick(units),
					reportsTo: pick(posts),
					...(rnd() < 0.3 ? { funding: { generalFund: 50, hra: 50 } } : {})
				}
			};
		case 'deletePost':
			return { type: 'deletePost', postId: pick(posts) };
		case 'retitlePost':
			return { type: 'retitlePost', postId: pick(posts), title: `Title ${n}` };
		case 'regradePost':
			return { type: 'regradePost', postId: pick(posts), grade: pick(grades) };
		case 'setPostFunding':
			return rnd() < 0.5
				? { type: 'setPostFunding', postId: pick(posts) }
				: { type: 'setPostFunding', postId: pick(posts), funding: { generalFund: 25, grant: 75 } };
		case 'setPostDates':
			return {
				type: 'setPostDates',
				postId: pick(posts),
				...(rnd() < 0.5 ? { start: '2021-04-01' } : {}),
				...(rnd() < 0.5 ? { end: pick(['2022-03-31', '2020-01-01']) } : {})
			};
		case 'setPostStatus':
			return {
				type: 'setPostStatus',
				postId: pick(posts),
				status: pick(['existing', 'new', 'deleted', 'interim', 'vacant'] as const)
			};
		case 'addLink':
			return {
				type: 'addLink',
				link: {
					type: pick(['supports', 'assures', 'dotted-line', 'commissions'] as const),
					from: pick(linkable),
					to: pick(linkable)
				}
			};
		case 'removeLink': {
			const links = Object.keys(s.links);
			return { type: 'removeLink', linkId: links.length ? pick(links) : 'none' };
		}
		case 'addMeeting':
			return {
				type: 'addMeeting',
				meeting: {
					name: `Meeting ${n}`,
					cadence: pick(['weekly', 'monthly', 'quarterly'] as const),
					lengthHours: pick([1, 2, 3]),
					members: [pick(posts)],
					...(meetings.length ? { feedsInto: [pick(meetings)] } : {})
				}
			};
		case 'removeMeeting':
			return { type: 'removeMeeting', meetingId: meetings.length ? pick(meetings) : 'none' };
		case 'updateMeeting':
			return {
				type: 'updateMeeting',
				meetingId: meetings.length ? pick(meetings) : 'none',
				changes: {
					...(rnd() < 0.5 ? { cadence: pick(['fortnightly', 'annual'] as const) } : {}),
					...(rnd() < 0.5 ? { chair: rnd() < 0.3 ? null : pick(posts) } : {}),
					...(rnd() < 0.5 ? { members: [pick(posts), pick(posts)] } : {}),
					...(rnd() < 0.3 ? { weekOfMonth: pick([null, 1, 4]) } : {}),
					...(rnd() < 0.3 ? { memberRules: ['ceo-and-direct-reports' as const] } : {})
				}
			};
		case 'setAssumption':
			return {
				type: 'setAssumption',
				key: pick(['employerPensionRate', 'employerNiRate', 'payAward']),
				value: pick([0, 0.1, 0.2, 1.5])
			};
	}
}

describe('random edit sequences', () => {
	for (const seed of [1, 2, 3, 42, 2021]) {
		it(`200 random edits (seed ${seed}) stay valid, and undoing them all gives back exactly the original`, () => {
			const rnd = prng(seed);
			const original = editingFixture();
			const snapshot = JSON.stringify(original);
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
			expect(JSON.stringify(original)).toBe(snapshot);
			for (let i = 0; i < made; i++) h = redo(h);
			expect(h.present).toEqual(final);
		});
	}
});
