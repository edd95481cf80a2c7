import { describe, expect, it } from 'vitest';
import { spanOfControl } from '../analysis/spanOfControl';
import { establishment, option } from '$lib/testing/seniorOptionFixture';
import { makeStructure } from '$lib/testing/structure';
import { planSeniorOption } from './seniorOptionPlan';

const OPTS = { id: 'applied', name: 'Applied' };

describe('planSeniorOption', () => {
	it('planSeniorOption shows the suggested mapping and the figures before and after', () => {
		const { plan, structure } = planSeniorOption(establishment(), option(), { layers: 2 }, OPTS);
		expect(plan.problems).toEqual([]);
		expect(plan.rows).toEqual([
			{ postId: 'E0', title: 'Chief Executive', team: 0, below: 0 },
			// Each director: two heads of service, and under them 2 + 2 × 3 = 8 posts.
			{
				postId: 'D1',
				title: 'Director of Adult Social Care',
				team: 2,
				below: 8,
				moveTo: 'md-care',
				suggested: 'md-care'
			},
			{
				postId: 'D2',
				title: 'Director of Housing',
				team: 2,
				below: 8,
				moveTo: 'md-homes',
				suggested: 'md-homes'
			}
		]);
		// Directors first, then the rest in the option's order.
		expect(plan.targets.map((t) => t.id)).toEqual(['md-care', 'md-homes', 'pd-purpose', 'ce']);
		// Before: 19 posts; managers E0, D1, D2, H1–H4 = 7, spans (2 + 2 + 2 + 4 × 3) / 7 = 18/7.
		expect(plan.before).toMatchObject({ posts: 19, managers: 7, layers: 4, ceoSpan: 2 });
		expect(plan.before.averageSpan).toBeCloseTo(18 / 7, 10);
		expect(plan.before.annualCost).toBe(2080589.62);
		// After: 19 − 3 + 4 = 20 posts; the CE has three; (3 + 2 + 2 + 12) / 7 = 19/7; the third
		// director costs £192,011.26 more (worked out in applySeniorOption.test.ts).
		expect(plan.after).toMatchObject({ posts: 20, managers: 7, layers: 4, ceoSpan: 3 });
		expect(plan.after!.averageSpan).toBeCloseTo(19 / 7, 10);
		expect(plan.after!.annualCost).toBe(2272600.88);
		expect(structure?.seniorOption?.reportsMoveTo).toEqual({ D1: 'md-care', D2: 'md-homes' });
	});

	it('planSeniorOption follows the user’s choice of where a team goes', () => {
		const { plan, structure } = planSeniorOption(
			establishment(),
			option(),
			{ layers: 2, moveTo: { D2: 'pd-purpose' } },
			OPTS
		);
		expect(plan.rows[2]).toMatchObject({ moveTo: 'pd-purpose', suggested: 'md-homes' });
		expect(structure!.posts.get('H3')!.reportsTo).toBe('pd-purpose');
		// The Purpose Director now manages the two housing heads; the housing MD manages nobody.
		const spans = spanOfControl(structure!);
		expect(spans.ceo.span).toBe(3);
		expect(plan.after).toMatchObject({ posts: 20, managers: 7 });
	});

	it('planSeniorOption with one layer keeps the directors under the option’s Chief Executive', () => {
		const { plan } = planSeniorOption(establishment(), option(), { layers: 1 }, OPTS);
		// 19 − 1 + 4 posts; the CE manages its three directors and the two kept: 5.
		expect(plan.after).toMatchObject({ posts: 22, ceoSpan: 5, layers: 4 });
	});

	it('planSeniorOption locates a team mapped to a post the option does not have, and applies nothing', () => {
		const { plan, structure } = planSeniorOption(
			establishment(),
			option(),
			{ layers: 2, moveTo: { D1: 'nowhere' } },
			OPTS
		);
		expect(structure).toBeUndefined();
		expect(plan.after).toBeUndefined();
		expect(plan.problems).toEqual([
			{
				field: 'map.D1',
				message:
					'The team of Director of Adult Social Care (2 direct reports) is mapped to “nowhere”, which is not a post of The option: choose one of its posts.'
			}
		]);
	});

	it('planSeniorOption refuses an option with no posts, the establishment itself, and too many layers', () => {
		const none = makeStructure({ id: 'empty', name: 'An empty option', posts: [] });
		expect(planSeniorOption(establishment(), none, { layers: 2 }, OPTS).plan.problems).toEqual([
			{
				field: 'option',
				message:
					'An empty option has no posts, so it has no senior tiers to lay over The establishment; choose another option.'
			}
		]);
		const self = planSeniorOption(establishment(), establishment(), { layers: 2 }, OPTS);
		expect(self.plan.problems[0]).toEqual({
			field: 'option',
			message: 'The establishment cannot be laid over itself; choose a senior option.'
		});
		// Four layers: at most three can go, so one stays below the option.
		const deep = planSeniorOption(establishment(), option(), { layers: 4 }, OPTS);
		expect(deep.plan.problems).toEqual([
			{
				field: 'layers',
				message:
					'Replace between 1 and 3 layers: The establishment has 4, and at least one must stay below the option.'
			}
		]);
	});
});
