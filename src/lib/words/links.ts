import type { Link, LinkType } from '../model/types';

/** Link types as verbs, so a link reads as a sentence: "A sets purpose and measures for B". */
export const LINK_VERBS: Record<LinkType, string> = {
	'dotted-line': 'has a dotted line to',
	'sets-purpose-for': 'sets purpose and measures for',
	commissions: 'commissions',
	'holds-to-account': 'holds to account',
	assures: 'assures',
	supports: 'supports',
	'member-interface': 'is the member interface for',
	'partnership-lead': 'is the partnership lead for'
};

/** The same verbs for a link that ends: "A no longer sets purpose and measures for B". */
export const LINK_VERBS_NEGATED: Record<LinkType, string> = {
	'dotted-line': 'no longer has a dotted line to',
	'sets-purpose-for': 'no longer sets purpose and measures for',
	commissions: 'no longer commissions',
	'holds-to-account': 'no longer holds to account',
	assures: 'no longer assures',
	supports: 'no longer supports',
	'member-interface': 'is no longer the member interface for',
	'partnership-lead': 'is no longer the partnership lead for'
};

/**
 * A link as a sentence, with names from `name`: "Purpose Director: City Futures sets purpose and
 * measures for City Life Courses"; `ended` says it no longer holds.
 */
export function linkSentence(
	name: (id: string) => string,
	l: Pick<Link, 'type' | 'from' | 'to'>,
	ended = false
): string {
	const verb = (ended ? LINK_VERBS_NEGATED : LINK_VERBS)[l.type] ?? l.type;
	return `${name(l.from)} ${verb} ${name(l.to)}`;
}
