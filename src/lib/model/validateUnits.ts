/** Units and services: each unit's parent and head, the units' tree, and each service's unit. */
import { didYouMean } from './suggest';
import type { Post, Structure } from './types';
import { unknownPost, type AddIssue } from './validateCommon';
import { checkUnitCycles } from './validateCycles';

export function checkUnitsAndServices(s: Structure, add: AddIssue): void {
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	const units = s.units ?? {};
	const services = s.services ?? {};
	for (const id in units) {
		const u = units[id];
		if (u.parent !== undefined && !units[u.parent]) {
			add(
				['units', id, 'parent'],
				`unknown parent unit '${u.parent}'${didYouMean(u.parent, Object.keys(units))}; use a unit id or remove parent`
			);
		}
		if (u.head !== undefined && !posts.get(u.head)) {
			add(
				['units', id, 'head'],
				`head: ${unknownPost(posts, u.head)}; use the id of the post that heads the unit`
			);
		}
	}
	checkUnitCycles(s, add);
	for (const id in services) {
		const unit = services[id].unit;
		if (!units[unit]) {
			add(
				['services', id, 'unit'],
				`service '${id}' sits in unit '${String(unit)}', which is not in the structure; move it to a unit that exists`
			);
		}
	}
}
