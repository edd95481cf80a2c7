import { orgIndex } from '$lib/analysis';
import { STATUTORY_ROLE_NAMES, type Structure } from '$lib/model/types';
import { formatNumber } from '$lib/words';
import type { PostCard } from './types';

/** Live direct reports of a post, in structure order (office first). */
export function directReports(s: Structure, postId: string): string[] {
	const index = orgIndex(s);
	const i = index.position.get(postId);
	if (i === undefined) return [];
	const out: string[] = [];
	for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
		out.push(index.ids[index.childList[k]]);
	return out.sort((x, y) => Number(!!s.posts.get(y)!.office) - Number(!!s.posts.get(x)!.office));
}

export function reportsWords(n: number): string {
	return n === 0 ? 'no direct reports' : `${formatNumber(n)} direct report${n === 1 ? '' : 's'}`;
}

/** A post as a card: title, its span in words (or "office"), its statutory roles and its reports. */
export function postCard(s: Structure, postId: string): PostCard {
	const post = s.posts.get(postId);
	const reports = directReports(s, postId);
	return {
		postId,
		title: post?.title ?? postId,
		detail: post?.office
			? `Chief Executive’s office · ${reportsWords(reports.length)}`
			: reportsWords(reports.length),
		office: !!post?.office,
		reports: reports.map((id) => ({ postId: id, title: s.posts.get(id)!.title })),
		roles: (post?.statutoryRoles ?? []).map((r) => STATUTORY_ROLE_NAMES[r]).join(', ')
	};
}

/** The Chief Executive and a card for each direct report. */
export function ceoAndReports(s: Structure): { ceo: PostCard; reports: PostCard[] } {
	return { ceo: postCard(s, s.ceo), reports: directReports(s, s.ceo).map((id) => postCard(s, id)) };
}
