import type { Meeting, Structure } from '../model/types';
import { carriedFrom, orgIndex, type OrgIndex } from './orgIndex';

/** Positions of the live posts with director: true, memoised per index. */
const directorsCache = new WeakMap<OrgIndex, number[]>();

function directors(index: OrgIndex): number[] {
	let out = directorsCache.get(index);
	if (!out) {
		// Carried from an index whose list is known, with no director among the posts replaced: the
		// same positions.
		const c = carriedFrom(index);
		const before = c && directorsCache.get(c.from);
		if (before && c.replaced.every((r) => !r.before.director && !r.after.director)) out = before;
		else {
			out = [];
			for (let i = 0; i < index.posts.length; i++) if (index.posts[i].director) out.push(i);
		}
		directorsCache.set(index, out);
	}
	return out;
}

/**
 * Who attends a meeting: the chair, the curators, the named members and everyone the member rules
 * bring in, each once, live posts only (a deleted or unknown post attends nothing).
 *   all-directors              posts with director: true
 *   all-directors-and-reports  those directors and each of their direct reports
 *   ceo-and-direct-reports     the top post and its direct reports (office included)
 */
export function meetingAttendees(s: Structure, meeting: Meeting): string[] {
	const index = orgIndex(s);
	const seen = new Set<string>();
	const add = (id: string | undefined) => {
		if (id !== undefined && index.position.has(id)) seen.add(id);
	};
	const addWithReports = (i: number) => {
		seen.add(index.ids[i]);
		for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
			seen.add(index.ids[index.childList[k]]);
	};
	add(meeting.chair);
	for (const id of meeting.curators) add(id);
	for (const id of meeting.members) add(id);
	for (const rule of meeting.memberRules) {
		if (rule === 'all-directors') for (const i of directors(index)) seen.add(index.ids[i]);
		else if (rule === 'all-directors-and-reports')
			for (const i of directors(index)) addWithReports(i);
		else if (rule === 'ceo-and-direct-reports' && index.ceo >= 0) addWithReports(index.ceo);
	}
	return [...seen];
}
