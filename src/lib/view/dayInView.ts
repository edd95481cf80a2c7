import { waves, type Wave } from '$lib/analysis';
import { STATUTORY_ROLE_NAMES, STATUTORY_ROLES, type Structure } from '$lib/model/types';
import { formatDate, listInWords } from '$lib/words';

/** The last day the date control offers: the end of the plan's last year, 2025/26. */
export const LAST_DAY_IN_VIEW = '2026-03-31';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (not 2021-02-30). */
function isDay(s: string): boolean {
	if (!ISO_DAY.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The day an address asks to see (?at=2021-12-01), when it is a real day from the structure's own
 * date to LAST_DAY_IN_VIEW; anything else (missing, malformed, out of range) is no day, so the
 * page shows the structure as modelled.
 */
export function parseDayInView(raw: string | null | undefined, from: string): string | undefined {
	if (!raw || !isDay(raw)) return undefined;
	return raw >= from && raw <= LAST_DAY_IN_VIEW ? raw : undefined;
}

/** One wave of the timeline as the page lists it: its day and each change in words. */
export interface WaveGroup {
	date: string;
	heading: string;
	changes: string[];
}

/**
 * The structure's dated changes as groups a page lists, one a day in date order, each change a
 * sentence ("Managing Director: City Life Courses starts"). Waves after LAST_DAY_IN_VIEW are kept:
 * a page can list them without offering them as days to look at.
 */
export function toWaveGroups(s: Structure): WaveGroup[] {
	const post = (id: string) => s.posts.get(id) ?? s.interimPosts?.[id];
	const title = (id: string) => post(id)?.title ?? id;
	const lastDay = (id: string) => {
		const end = post(id)?.end;
		return end ? ` (last day ${formatDate(end)})` : '';
	};
	return waves(s).map((w: Wave) => ({
		date: w.date,
		heading: formatDate(w.date),
		changes: [
			...w.starts.map((id) => `${title(id)} starts`),
			...w.ends.map((id) => `${title(id)} leaves${lastDay(id)}`),
			...(w.oldPostsGo ? ['The posts of the earlier structure that this one drops go'] : [])
		]
	}));
}

/**
 * Who holds each statutory role in a structure (the structure on a day, for the date control),
 * every role listed, "nobody" where none does.
 */
export function statutoryHolders(s: Structure): { role: string; holders: string }[] {
	return STATUTORY_ROLES.map((role) => {
		const holders = [...s.posts.values()]
			.filter((p) => p.status !== 'deleted' && p.statutoryRoles.includes(role))
			.map((p) => p.title);
		return {
			role: STATUTORY_ROLE_NAMES[role] ?? role,
			holders: holders.length ? listInWords(holders) : 'nobody'
		};
	});
}
