import { unitTotals } from './unitTotals';
import type { Post, Structure } from '../model/types';

/**
 * The structure as the structure pages send it to someone without the right to see pay: no
 * post's salary, and every grade's range and point withheld (NaN, which the pages' money words
 * read as "masked", so nothing worked out from pay shows a figure that looks real). Each unit's
 * full-year cost, worked out here before withholding, goes alongside: totals stay visible.
 */
export interface PayWithheld {
	structure: Structure;
	/** Each unit's full-year cost: its own posts, and with its sub-units (pounds). */
	unitCosts: Record<string, { own: number; all: number }>;
	/** The full-year cost of the whole structure: every unit's own cost, added up to the penny. */
	total: number;
}

export function withholdPay(s: Structure): PayWithheld {
	const unitCosts: PayWithheld['unitCosts'] = {};
	let totalPence = 0;
	for (const [id, t] of Object.entries(unitTotals(s))) {
		unitCosts[id] = { own: t.own.cost, all: t.all.cost };
		// In pence, so adding hundreds of units' pounds leaves no float dust.
		totalPence += Math.round(t.own.cost * 100);
	}
	const posts = new Map<string, Post>();
	for (const [id, p] of s.posts) {
		const rest = { ...p };
		delete rest.salary;
		posts.set(id, rest);
	}
	const grades: Structure['grades'] = {};
	for (const [id, g] of Object.entries(s.grades))
		grades[id] = { ...g, min: Number.NaN, max: Number.NaN, point: Number.NaN };
	return { structure: { ...s, posts, grades }, unitCosts, total: totalPence / 100 };
}
