import type { Structure } from '../model/types';

/** A readable name for any record id: post title, unit, service, body or meeting name, else the id. */
export function nameOf(s: Structure, id: string): string {
	return (
		s.posts[id]?.title ??
		s.units[id]?.name ??
		s.services[id]?.name ??
		s.bodies[id]?.name ??
		s.meetings[id]?.name ??
		id
	);
}

/** Name from the later structure first, else the earlier (for records that exist in only one). */
export function nameIn(b: Structure, a: Structure, id: string): string {
	const inB = nameOf(b, id);
	return inB !== id ? inB : nameOf(a, id);
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
