import type { Structure, Unit } from '../model/types';
import { linksInto } from './linksInto';

/**
 * The post that answers for a unit in the line: its head when the head is a live post; otherwise
 * (a unit with no head, such as the Children's Trust) the post that commissions it or sets its
 * purpose, or the head of a unit that does. Undefined when none is found.
 */
export function deliveryLead(s: Structure, unit: Unit): string | undefined {
	const head = unit.head ? s.posts.get(unit.head) : undefined;
	if (head && head.status !== 'deleted') return head.id;
	for (const type of ['commissions', 'sets-purpose-for'] as const) {
		for (const link of linksInto(s, unit.id, type)) {
			const post = s.posts.get(link.from);
			if (post) return post.id;
			const fromUnitHead = s.units[link.from]?.head;
			if (
				fromUnitHead &&
				s.posts.get(fromUnitHead) &&
				s.posts.get(fromUnitHead)!.status !== 'deleted'
			)
				return fromUnitHead;
		}
	}
	return undefined;
}

/** The unit and its live head post: the ids a link may point at to reach the unit. */
export function unitTargets(s: Structure, unit: Unit): string[] {
	const head = unit.head ? s.posts.get(unit.head) : undefined;
	return head && head.status !== 'deleted' ? [unit.id, head.id] : [unit.id];
}
