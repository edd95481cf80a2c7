import type { Structure } from '../model/types';
import type { Edit } from '../editing/edits';

/**
 * A random edit of any type against the current structure (seeded through `rnd`, see prng.ts);
 * some will be refused, as users' are. Used by the editing and the store's random tests.
 */
export function randomEdit(s: Structure, rnd: () => number, n: number): Edit {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const posts = [...s.posts.keys()];
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
