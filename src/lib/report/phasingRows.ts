import { formatDate, formatMoney, formatPercent } from '../words/index.ts';
import type { PhasedPost } from './types.ts';

/**
 * The posts costed for part of a financial year, one row each, worded for the report's table (once
 * one long sentence a year). A reader without the pay right sees "masked" for each cost.
 */
export interface PhasingRow {
	key: string;
	year: string;
	title: string;
	/** Which structure the post is in, in words. */
	side: string;
	/** "from 1 July 2021", "to 30 September 2021", or both. */
	when: string;
	/** "75%" of the year. */
	share: string;
	/** The cost in that year: "£148,104" (or "masked"). */
	cost: string;
}

const SIDE_WORDS: Record<PhasedPost['side'], string> = {
	base: 'Before',
	option: 'Option',
	outgoing: 'Deleted, paid until it goes'
};

type Phased = Omit<PhasedPost, 'cost'> & { cost: number | null };

export function phasingRows(
	years: readonly { year: string; phasing: readonly Phased[] }[]
): PhasingRow[] {
	return years.flatMap((y) =>
		y.phasing.map((p) => ({
			key: `${y.year}:${p.side}:${p.postId}`,
			year: y.year,
			title: p.title,
			side: SIDE_WORDS[p.side],
			when: [p.start ? `from ${formatDate(p.start)}` : '', p.end ? `to ${formatDate(p.end)}` : '']
				.filter(Boolean)
				.join(' '),
			share: formatPercent(p.fraction, 0),
			cost: formatMoney(p.cost)
		}))
	);
}
