import { statutoryTimeline, type RoleSpell } from '$lib/analysis';
import { STATUTORY_ROLE_NAMES, type Structure } from '$lib/model/types';
import { formatDate, listInWords } from '$lib/words';

export interface SpellRow {
	role: string;
	from: string;
	to: string;
	/** The holders' titles in words, or "nobody". */
	holders: string;
	gap: boolean;
	overlap: boolean;
}

export interface StatutoryOverTime {
	/** "19 January 2021 to 31 March 2024". */
	window: string;
	/** True when nothing is dated: one day only, nothing to say over time. */
	undated: boolean;
	gaps: SpellRow[];
	overlaps: SpellRow[];
	spells: SpellRow[];
}

/**
 * Who holds each statutory role over the structure's transition, as runs of days, with the gaps
 * (no holder) and overlaps (more than one) picked out, all in words for the accountability page.
 */
export function toStatutoryOverTime(s: Structure): StatutoryOverTime {
	const t = statutoryTimeline(s);
	const title = (id: string) => s.posts.get(id)?.title ?? s.interimPosts?.[id]?.title ?? id;
	const row = (r: RoleSpell): SpellRow => ({
		role: STATUTORY_ROLE_NAMES[r.role] ?? r.role,
		from: formatDate(r.from),
		to: formatDate(r.to),
		holders: r.holders.length ? listInWords(r.holders.map(title)) : 'nobody',
		gap: r.holders.length === 0,
		overlap: r.holders.length > 1
	});
	return {
		window: `${formatDate(t.from)} to ${formatDate(t.to)}`,
		undated: t.from === t.to,
		gaps: t.gaps.map(row),
		overlaps: t.overlaps.map(row),
		spells: t.spells.map(row)
	};
}
