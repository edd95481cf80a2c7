import type { Grade, Post, Structure } from '../model/types';
import { unitTotals } from './unitTotals';

/**
 * A structure as someone without the right to see pay receives it (page data, the JSON API, the
 * YAML export): no post's salary and no grade's pay range or costing point, so no one post's pay
 * can be read or worked out from its grade. What stays: every post, grade name and FTE, the
 * on-cost rates (assumptions, not anyone's pay), and each unit's full-year cost, worked out before
 * masking, on its own and with its sub-units.
 *
 * A unit with a single post still shows that post's cost in its total: the issue asks for unit
 * totals to stay visible, and a council can avoid one-post units in papers where that matters.
 */
export type MaskedGrade = Omit<Grade, 'min' | 'max' | 'point'> & {
	min: null;
	max: null;
	point: null;
};

/** The JSON form (posts an object keyed by id, as structureDocument.ts writes it): it is sent as is. */
export interface PayMaskedStructure extends Omit<Structure, 'posts' | 'grades'> {
	posts: Record<string, Omit<Post, 'salary'>>;
	grades: Record<string, MaskedGrade>;
	payMasked: true;
	/** Full-year cost of each unit: its own posts, and with its sub-units (pounds with pence). */
	unitCosts: Record<string, { own: number; all: number }>;
}

export function maskStructurePay(s: Structure): PayMaskedStructure {
	const totals = unitTotals(s);
	const unitCosts: PayMaskedStructure['unitCosts'] = {};
	for (const [id, t] of Object.entries(totals))
		unitCosts[id] = { own: t.own.cost, all: t.all.cost };
	const posts: PayMaskedStructure['posts'] = {};
	for (const [id, p] of s.posts) {
		const rest: Omit<Post, 'salary'> & { salary?: number } = { ...p };
		delete rest.salary;
		posts[id] = rest;
	}
	const grades: PayMaskedStructure['grades'] = {};
	for (const [id, g] of Object.entries(s.grades))
		grades[id] = { ...g, min: null, max: null, point: null };
	return { ...s, posts, grades, payMasked: true, unitCosts };
}
