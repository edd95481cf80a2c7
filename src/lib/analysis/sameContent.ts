import type { Structure } from '../model/types';
import { deepEqual } from './deepEqual';

/** What a scenario is bound to differ in from its base whatever it holds: its own id, name and base. */
const IDENTITY = ['id', 'name', 'derivedFrom'] as const;

function content(s: Structure): Record<string, unknown> {
	const rest: Record<string, unknown> = { ...s };
	for (const key of IDENTITY) delete rest[key];
	return rest;
}

/**
 * Whether two structures hold the same posts, units, links, meetings, assumptions and everything
 * else, whatever they are called: a scenario that is the same as its base is an empty one.
 */
export function sameContent(a: Structure, b: Structure): boolean {
	return deepEqual(content(a), content(b));
}
