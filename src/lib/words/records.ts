import type { Structure } from '../model/types';

/**
 * A record's name for a sentence: a post's title, or the name of a unit, service, body, meeting
 * or grade; the id itself when the structure does not know it, and "nobody" for no id at all.
 */
export function nameOf(s: Structure, id: string | undefined): string {
	if (id === undefined) return 'nobody';
	return (
		s.posts.get(id)?.title ??
		s.units[id]?.name ??
		s.services[id]?.name ??
		s.bodies[id]?.name ??
		s.meetings[id]?.name ??
		s.grades[id]?.name ??
		id
	);
}

/** Name from the later structure first, else the earlier (for records that exist in only one). */
export function nameIn(b: Structure, a: Structure, id: string): string {
	const inB = nameOf(b, id);
	return inB !== id ? inB : nameOf(a, id);
}

/** A post's title; an id the structure does not know is shown as it is. */
export function postTitle(s: Structure, id: string): string {
	return s.posts.get(id)?.title ?? id;
}
