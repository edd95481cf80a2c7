import type { PostStatus, StatutoryRole, Structure } from '../model/types.ts';
import { layoutChart, PRINT_CHART, type ChartBox, type ChartLine } from './layout.ts';
import { wrapText } from './text.ts';

/**
 * A structure's posts as a static chart for print (the JNC report, the deck): the printed layout
 * from the Chief Executive down, each box carrying its words, laid out on the server (no cytoscape,
 * no browser) and turned into SVG markup by `postChartSvg`.
 */

export type ChartMark = 'new' | 'changed';

export interface PostBox extends ChartBox {
	titleLines: string[];
	/** Grade name, and "office" for the CEO's office. */
	detail: string;
	/** Statutory roles held, abbreviated (S151, MO…); empty when none. Drawn after the grade. */
	roles: string;
	status: PostStatus;
	office: boolean;
	mark?: ChartMark;
}

export interface PostChart {
	width: number;
	height: number;
	boxes: PostBox[];
	lines: ChartLine[];
	/**
	 * Height of the band across the top of every box that holds a NEW or CHANGED tag (0 when no post
	 * is marked): the box's words start below it, so a tag never covers them.
	 */
	markBand: number;
	/** Live posts whose line of management does not reach the Chief Executive. */
	unattached: { id: string; title: string }[];
}

export interface PostChartOptions {
	/** Posts to flag as new or changed (drawn with a word tag and a different border, not colour alone). */
	marks?: Record<string, ChartMark>;
	/** Most reports side by side in one row before they wrap (default 6). */
	maxPerRow?: number;
}

export const BOX_WIDTH = 180;
export const BOX_HEIGHT = 64;
/** The tag band: a 13-unit tag with room above and below, inside the box's border. */
export const MARK_BAND = 17;
const TITLE_CHARS = 24;
const TITLE_LINES = 3;

export const ROLE_ABBREVIATIONS: Record<StatutoryRole, string> = {
	'head-of-paid-service': 'HoPS',
	s151: 'S151',
	'monitoring-officer': 'MO',
	dcs: 'DCS',
	dass: 'DASS',
	dph: 'DPH'
};

export function postChart(s: Structure, options: PostChartOptions = {}): PostChart {
	const live = [...s.posts.values()].filter((p) => p.status !== 'deleted');
	// The office first under its manager: it reads as "the CEO's own staff", apart from the directorates.
	const ordered = [...live].sort((a, b) => Number(!!b.office) - Number(!!a.office));
	// Every box of a marked chart gets the band, so rows of boxes stay level.
	const markBand = live.some((p) => options.marks?.[p.id]) ? MARK_BAND : 0;
	const chart = layoutChart(
		ordered.map((p) => ({
			id: p.id,
			manager: p.reportsTo,
			isPost: true,
			w: BOX_WIDTH,
			h: BOX_HEIGHT + markBand
		})),
		{
			...PRINT_CHART,
			maxPerRow: Math.max(2, options.maxPerRow ?? PRINT_CHART.maxPerRow),
			root: s.ceo
		}
	);
	const unattached = new Set(chart.unattached);
	return {
		width: chart.width,
		height: chart.height,
		markBand,
		lines: chart.lines.map(({ id, points }) => ({ id, points })),
		boxes: chart.boxes.map((b) => {
			const post = s.posts.get(b.id)!;
			const grade = s.grades[post.grade]?.name ?? post.grade;
			const mark = options.marks?.[post.id];
			return {
				...b,
				titleLines: wrapText(post.title, TITLE_CHARS, TITLE_LINES),
				detail: post.office ? `${grade} · office` : grade,
				roles: post.statutoryRoles.map((r) => ROLE_ABBREVIATIONS[r]).join(', '),
				status: post.status,
				office: !!post.office,
				...(mark ? { mark } : {})
			};
		}),
		unattached: live.filter((p) => unattached.has(p.id)).map((p) => ({ id: p.id, title: p.title }))
	};
}
