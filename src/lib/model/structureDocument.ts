import type { Post, Structure } from './types';

/**
 * A structure as JSON holds it: the same fields, with `posts` as an object keyed by id. In memory
 * `posts` is a Map, because a whole council's establishment has 11,000 or more posts: an edit
 * copies the collection it changes, and V8 copies a Map of 12,000 entries in about a quarter of
 * the time it takes to copy a plain object of 12,000 keys (which it also has to sort to list).
 * The other collections stay plain objects: they hold tens or hundreds of records.
 *
 * Everything that writes a structure as text (the store, the API, the workers' messages as JSON)
 * goes through `toDocument` / `structureToJson`, and everything that reads one back through
 * `fromDocument` / `structureFromJson`, so `JSON.stringify` never meets the Map.
 */
export type StructureDocument = Omit<Structure, 'posts'> & { posts: Record<string, Post> };

/** The JSON form of a structure (posts as an object keyed by id, in the Map's order). */
export function toDocument(s: Structure): StructureDocument {
	return { ...s, posts: postsRecord(s.posts) };
}

/** A structure from its JSON form; a structure whose posts are a Map already is returned as is. */
export function fromDocument(d: StructureDocument | Structure): Structure {
	if (d.posts instanceof Map) return d as Structure;
	return { ...d, posts: postsMap(d.posts as Record<string, Post>) };
}

export function structureToJson(s: Structure, space?: number): string {
	return JSON.stringify(toDocument(s), null, space);
}

export function structureFromJson(text: string): Structure {
	return fromDocument(JSON.parse(text) as StructureDocument);
}

/** The posts keyed by id, in the Map's order. */
export function postsRecord(posts: ReadonlyMap<string, Post>): Record<string, Post> {
	const out: Record<string, Post> = {};
	// forEach: a for…of over the entries allocates a pair for each post.
	posts.forEach((p, id) => {
		out[id] = p;
	});
	return out;
}

/** The posts of a JSON document as a Map, in the document's order. */
export function postsMap(byId: Record<string, Post>): Map<string, Post> {
	const out = new Map<string, Post>();
	for (const id in byId) out.set(id, byId[id]);
	return out;
}
