import { STATUTORY_ROLE_NAMES } from '../../model/types';
import { formatDate } from '../../words';
import { postFacts } from '../postFacts';
import { statutoryTimeline } from '../statutoryTimeline';
import type { Check, Violation } from './types';

/**
 * A statutory role held on some days of the transition must be held on all of them, by one post.
 * A role missing throughout, or doubled throughout, is statutory.held-once's finding, not this one's.
 */
export const statutoryHeldOverTime: Check = {
	key: 'statutory.held-over-time',
	title: 'Each statutory role held on every day of the change',
	severity: 'error',
	rule: () =>
		'Each statutory role is held by exactly one post in force on every day from the structure’s date to its last dated change, interim posts included.',
	run(s) {
		// Nothing dated, nothing interim: the structure is the same every day (held-once covers it).
		if (!postFacts(s).anyDated && Object.keys(s.interimPosts ?? {}).length === 0) return [];
		const t = statutoryTimeline(s);
		const out: Violation[] = [];
		for (const spell of [...t.gaps, ...t.overlaps]) {
			const sameThroughout = spell.from === t.from && spell.to === t.to;
			if (sameThroughout) continue;
			const role = STATUTORY_ROLE_NAMES[spell.role];
			const days = `from ${formatDate(spell.from)} to ${formatDate(spell.to)}`;
			out.push({
				check: this.key,
				subject: spell.role,
				message:
					spell.holders.length === 0
						? `No post holds the ${role} role ${days}.`
						: `The ${role} role is held by ${spell.holders.length} posts ${days}: ${spell.holders.map((id) => s.posts.get(id)?.title ?? s.interimPosts?.[id]?.title ?? id).join(', ')}.`
			});
		}
		return out;
	}
};
