import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { orgIndex } from './orgIndex';

export interface DepartmentLayers {
	/** The top-level unit (one with no parent) and its name. */
	unit: string;
	name: string;
	/** Live posts in it or its sub-units that reach the CEO. */
	posts: number;
	/** Highest and lowest layer of those posts (the CEO's layer is 1). */
	topLayer: number;
	bottomLayer: number;
	/** Layers the department spans: bottomLayer − topLayer + 1. */
	layers: number;
}

export interface LayersByDepartment {
	/** Layers of the whole structure, the CEO's included. */
	layers: number;
	/** Each top-level unit with posts, in the structure's unit order. */
	departments: DepartmentLayers[];
}

/** Layers overall and within each department (top-level unit), along line management. */
export const layersByDepartment: (s: Structure) => LayersByDepartment =
	memoisePerStructure(computeLayersByDepartment);

/** The top-level unit of each unit (itself when it has no parent), following parents once per unit. */
export function topUnits(s: Structure): Map<string, string> {
	const top = new Map<string, string>();
	for (const id in s.units) {
		let u = id;
		// The step limit guards against a loop of parents in an unvalidated structure.
		for (let steps = 0; steps < 64; steps++) {
			const known = top.get(u);
			if (known !== undefined) {
				u = known;
				break;
			}
			const parent = s.units[u]?.parent;
			if (parent === undefined || !s.units[parent]) break;
			u = parent;
		}
		top.set(id, u);
	}
	return top;
}

function computeLayersByDepartment(s: Structure): LayersByDepartment {
	const index = orgIndex(s);
	const top = topUnits(s);
	const byUnit = new Map<string, { posts: number; min: number; max: number }>();
	let lastUnit = '';
	let entry: { posts: number; min: number; max: number } | undefined;
	for (let i = 0; i < index.ids.length; i++) {
		const d = index.depth[i];
		if (d === 0) continue;
		const unit = index.posts[i].unit;
		if (unit !== lastUnit || !entry) {
			const dept = top.get(unit) ?? unit;
			entry = byUnit.get(dept);
			if (!entry) byUnit.set(dept, (entry = { posts: 0, min: d, max: d }));
			lastUnit = unit;
		}
		entry.posts++;
		if (d < entry.min) entry.min = d;
		if (d > entry.max) entry.max = d;
	}
	const departments: DepartmentLayers[] = [];
	for (const id in s.units) {
		const e = byUnit.get(id);
		if (!e) continue;
		departments.push({
			unit: id,
			name: s.units[id].name,
			posts: e.posts,
			topLayer: e.min,
			bottomLayer: e.max,
			layers: e.max - e.min + 1
		});
	}
	return { layers: index.maxDepth, departments };
}
