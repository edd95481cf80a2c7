import type { Post, Structure } from '../../model/types';
import { orgIndex } from '../orgIndex';
import type { Check, Violation } from './types';

/** Why a live post does not reach the CEO: the first break found walking up its line. */
function whyCutOff(s: Structure, post: Post): string {
	const seen = new Set<string>();
	let current: Post = post;
	for (;;) {
		seen.add(current.id);
		const managerId = current.reportsTo;
		const where = current === post ? '' : ` (through ${current.title})`;
		if (managerId === undefined) return `has no line manager${where}`;
		const manager = s.posts.get(managerId);
		if (!manager) return `reports to '${managerId}', which is not a post${where}`;
		if (manager.status === 'deleted')
			return `reports to ${manager.title}, which is deleted${where}`;
		if (seen.has(managerId)) return `is in a reporting loop${where}`;
		current = manager;
	}
}

export const postEscalationPath: Check = {
	key: 'post.escalation-path',
	title: 'An escalation path to the Chief Executive',
	severity: 'error',
	rule: () => 'Every live post reaches the Chief Executive by following its line managers.',
	run(s) {
		const index = orgIndex(s);
		const out: Violation[] = [];
		if (index.ceo < 0)
			return [
				{
					check: this.key,
					subject: s.ceo,
					message: `The top post '${s.ceo}' is not a live post, so no post can reach it.`
				}
			];
		for (let i = 0; i < index.posts.length; i++) {
			if (index.depth[i] !== 0) continue;
			const post = index.posts[i];
			out.push({
				check: this.key,
				subject: post.id,
				message: `${post.title} does not reach the Chief Executive: it ${whyCutOff(s, post)}.`
			});
		}
		return out;
	}
};
