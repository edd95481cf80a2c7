import type { UnitAggregate } from '../analysis/unitAggregates.ts';
import { formatNumber } from '../words/index.ts';
import { UNIT_POST_CAP } from './unitFolds.ts';

/**
 * Which units of a large establishment's graph are open: opening one opens the units above it,
 * and keeps the drawing within the element budget by closing the units opened earliest.
 * Re-exported by unitGraph.ts.
 */

/** The most nodes and edges drawn at once; opening more closes units off the path. */
export const ELEMENT_BUDGET = 1500;

/** Units with no parent, in the structure's order. */
export function topLevelUnits(units: Readonly<Record<string, UnitAggregate>>): string[] {
	return Object.values(units)
		.filter((u) => !u.parent)
		.map((u) => u.unit);
}

/** A unit and the units above it, top first. */
export function unitPath(units: Readonly<Record<string, UnitAggregate>>, unit: string): string[] {
	const path: string[] = [];
	for (let u: string | undefined = unit; u && units[u] && path.length < 64; u = units[u].parent)
		path.unshift(u);
	return path;
}

const ownPosts = (units: Readonly<Record<string, UnitAggregate>>, u: UnitAggregate) =>
	u.posts - u.units.reduce((sum, c) => sum + (units[c]?.posts ?? 0), 0);

/** Nodes and edges drawn with these units open (about two elements a node: itself, its line). */
export function estimateElements(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[]
): number {
	const isOpen = new Set(open);
	let nodes = 0;
	const visit = (id: string) => {
		const u = units[id];
		if (!u) return;
		if (!isOpen.has(id)) {
			nodes++;
			return;
		}
		// A unit past the cap is drawn folded: about the cap's worth of posts and fold boxes.
		nodes += Math.min(ownPosts(units, u), UNIT_POST_CAP * 1.5);
		for (const c of u.units) visit(c);
	};
	for (const id of topLevelUnits(units)) visit(id);
	return nodes * 2;
}

export type OpenResult = { ok: true; open: string[] } | { ok: false; reason: string };

/**
 * Open a unit (and every unit above it). Past the element budget, the units opened earliest that
 * are not on its path close first; a unit that alone would pass the budget is refused.
 */
export function openUnit(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[],
	unit: string,
	budget = ELEMENT_BUDGET
): OpenResult {
	const target = units[unit];
	if (!target) return { ok: false, reason: `There is no unit “${unit}”.` };
	const path = unitPath(units, unit);
	let next = [
		...open.filter((u) => !path.includes(u) && (units[u] || u.startsWith('below:'))),
		...path
	];
	if (estimateElements(units, path) > budget) {
		return {
			ok: false,
			reason: `${target.name} has ${formatNumber(ownPosts(units, target))} posts directly in it, more than the graph draws at once.`
		};
	}
	while (estimateElements(units, next) > budget) {
		const drop = next.find((u) => !path.includes(u));
		if (drop === undefined) break;
		// Closing a unit closes what is open inside it too.
		next = next.filter((u) => u !== drop && !unitPath(units, u).includes(drop));
	}
	return { ok: true, open: next };
}

/** Close a unit and every unit open inside it. */
export function closeUnit(
	units: Readonly<Record<string, UnitAggregate>>,
	open: readonly string[],
	unit: string
): string[] {
	return open.filter((u) => !unitPath(units, u).includes(unit));
}
