/** Ids: each record's key is its id, and ids are unique across the namespace records share. */
import { ID_PATTERN } from './ids';
import { entriesOf } from './collections';
import type { Structure } from './types';
import type { AddIssue } from './validateCommon';

/** Collections whose ids share one namespace, with the word used for one record in messages. */
export const NAMESPACED = [
	['posts', 'post'],
	['units', 'unit'],
	['services', 'service'],
	['bodies', 'body'],
	['meetings', 'meeting'],
	['grades', 'grade']
] as const;

export type Namespaced = (typeof NAMESPACED)[number][0];

/**
 * Checks every record's id and returns which collection first used each id in the namespace, so
 * later checks (the ends of links) look an id up once instead of searching each collection.
 */
export function checkIds(s: Structure, add: AddIssue): Map<string, Namespaced> {
	const owner = new Map<string, Namespaced>();
	for (const [collection, noun] of NAMESPACED) {
		// Posts are a Map, the other collections plain objects.
		for (const [key, rec] of entriesOf<{ id?: unknown }>(s[collection] ?? {})) {
			if (rec.id !== key) {
				add(
					[collection, key, 'id'],
					`the ${noun} kept under '${key}' has id '${String(rec.id)}'; a record's id must be its key`
				);
			}
			if (!ID_PATTERN.test(key)) {
				add(
					[collection, key, 'id'],
					`'${key}' is not a usable id; use letters, digits, '.', '_' and '-', starting with a letter or digit`
				);
			}
			const first = owner.get(key);
			if (first !== undefined) {
				const firstNoun = NAMESPACED.find(([c]) => c === first)![1];
				add(
					[collection, key, 'id'],
					`duplicate id '${key}': a ${firstNoun} already uses it; ids are shared by posts, units, services, bodies, meetings and grades, so rename one`,
					[first, key, 'id']
				);
			} else owner.set(key, collection);
		}
	}
	for (const [collection, records] of [
		['links', s.links ?? {}],
		['oneOffCosts', s.oneOffCosts ?? {}]
	] as const) {
		for (const key in records) {
			if ((records as Record<string, { id?: unknown }>)[key].id !== key) {
				add(
					[collection, key, 'id'],
					`the record kept under '${key}' has a different id; a record's id must be its key`
				);
			}
		}
	}
	return owner;
}
