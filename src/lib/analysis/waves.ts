import type { Structure } from '../model/types';
import { formatDate, listInWords } from '../words';
import { dayNumber } from './financialYear';
import { isoOfDay } from './structureAt';

/** The changes that take effect on one day: the posts that start and those that have gone. */
export interface Wave {
	/** The first day the structure looks this way (a start date, or the day after an end). */
	date: string;
	name: string;
	/** Post and interim post ids starting that day. */
	starts: string[];
	/** Post and interim post ids whose last day was the day before. */
	ends: string[];
	/** True on the day after postsDeletedOn: the earlier structure's posts this one drops go. */
	oldPostsGo?: boolean;
}

/**
 * The structure's dated changes grouped into waves, one per day on which something changes, in
 * date order, each named from what it does ("1 April 2022: Managing Director: City Life Courses
 * starts; Director of Adult Social Care leaves"). A page can step through them with structureAt.
 */
export function waves(s: Structure): Wave[] {
	const byDay = new Map<number, Wave>();
	const at = (day: number) => {
		let w = byDay.get(day);
		if (!w) {
			w = { date: isoOfDay(day), name: '', starts: [], ends: [] };
			byDay.set(day, w);
		}
		return w;
	};
	const all = [...s.posts.values(), ...Object.values(s.interimPosts ?? {})];
	for (const p of all) {
		if (p.status === 'deleted') continue;
		if (p.start !== undefined) at(dayNumber(p.start, `Post ${p.id} start`)).starts.push(p.id);
		if (p.end !== undefined) at(dayNumber(p.end, `Post ${p.id} end`) + 1).ends.push(p.id);
	}
	if (s.postsDeletedOn)
		at(dayNumber(s.postsDeletedOn.date, 'postsDeletedOn') + 1).oldPostsGo = true;
	const title = (id: string) => s.posts.get(id)?.title ?? s.interimPosts?.[id]?.title ?? id;
	return [...byDay.entries()]
		.sort((x, y) => x[0] - y[0])
		.map(([, w]) => {
			const parts = [
				...(w.starts.length
					? [`${listInWords(w.starts.map(title))} ${w.starts.length === 1 ? 'starts' : 'start'}`]
					: []),
				...(w.ends.length
					? [`${listInWords(w.ends.map(title))} ${w.ends.length === 1 ? 'leaves' : 'leave'}`]
					: [])
			];
			if (w.oldPostsGo) parts.push('the posts of the earlier structure this one drops go');
			return { ...w, name: `${formatDate(w.date)}: ${parts.join('; ')}` };
		});
}
