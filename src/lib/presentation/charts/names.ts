import type { Structure } from '$lib/model/types';

/** A post's title for display; an id the structure does not know is shown as it is. */
export function postTitle(s: Structure, id: string): string {
	return s.posts[id]?.title ?? id;
}

/** The name of any record a link or meeting may point at: post, unit, service, body or meeting. */
export function recordName(s: Structure, id: string): string {
	return (
		s.posts[id]?.title ??
		s.units[id]?.name ??
		s.services[id]?.name ??
		s.bodies[id]?.name ??
		s.meetings[id]?.name ??
		id
	);
}
