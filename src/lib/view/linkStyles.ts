import { LINE_MANAGEMENT, LINK_TYPES, type AnyLinkType } from '../model/types.ts';
import { OKABE_ITO } from './charts/palette.ts';

/**
 * How each kind of link is drawn, shared by the cytoscape stylesheet, the SVG export and the legend
 * so the three always agree. Every type differs by line pattern, width or arrowhead as well as by
 * colour (Okabe–Ito, safe for the common colour-vision deficiencies), so nothing rests on colour.
 */
export type ArrowShape = 'none' | 'triangle' | 'vee' | 'tee' | 'circle' | 'square' | 'diamond';

export interface LinkStyle {
	colour: string;
	/** Line width in pixels at zoom 1. */
	width: number;
	/** Dash and gap lengths; empty for a solid line. */
	dash: number[];
	/** Arrowhead at the `to` end. */
	arrow: ArrowShape;
	/** The pattern in words, for the legend and screen readers. */
	description: string;
}

/** A neutral grey for the dotted line, which is the weakest tie. */
const GREY = '#5F5F5F';

export const LINK_STYLES: Record<AnyLinkType, LinkStyle> = {
	'line-management': {
		colour: '#1F1F1F',
		width: 3,
		dash: [],
		arrow: 'none',
		description: 'thick solid line, no arrowhead'
	},
	'dotted-line': {
		colour: GREY,
		width: 2,
		dash: [2, 4],
		arrow: 'none',
		description: 'dotted line, no arrowhead'
	},
	'sets-purpose-for': {
		colour: OKABE_ITO.blue,
		width: 2.5,
		dash: [10, 5],
		arrow: 'triangle',
		description: 'long dashes, solid arrowhead'
	},
	commissions: {
		colour: OKABE_ITO.vermillion,
		width: 2.5,
		dash: [10, 4, 2, 4],
		arrow: 'diamond',
		description: 'dash-dot line, diamond head'
	},
	'holds-to-account': {
		colour: OKABE_ITO.reddishPurple,
		width: 2,
		dash: [],
		arrow: 'tee',
		description: 'thin solid line, bar head'
	},
	assures: {
		colour: OKABE_ITO.bluishGreen,
		width: 2.5,
		dash: [1, 3],
		arrow: 'square',
		description: 'fine dots, square head'
	},
	supports: {
		colour: OKABE_ITO.skyBlue,
		width: 1.5,
		dash: [5, 4],
		arrow: 'vee',
		description: 'short dashes, open arrowhead'
	},
	'member-interface': {
		colour: OKABE_ITO.orange,
		width: 2,
		dash: [],
		arrow: 'circle',
		description: 'solid line, round head'
	},
	'partnership-lead': {
		colour: OKABE_ITO.black,
		width: 1.5,
		dash: [6, 2, 1, 2, 1, 2],
		arrow: 'triangle',
		description: 'dash-dot-dot line, solid arrowhead'
	}
};

/** Line management first, then the link types in the contract's order. */
export const ALL_LINK_TYPES: readonly AnyLinkType[] = [LINE_MANAGEMENT, ...LINK_TYPES];

/** Parses a comma-separated list of link types (from a URL), ignoring unknown names. */
export function parseLinkTypes(value: string | null | undefined): AnyLinkType[] {
	if (!value) return [];
	const known = new Set<string>(ALL_LINK_TYPES);
	return value
		.split(',')
		.map((v) => v.trim())
		.filter((v): v is AnyLinkType => known.has(v));
}
