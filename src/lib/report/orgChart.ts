import type { Post, PostStatus, StatutoryRole, Structure } from '../model/types';
import { wrapText } from './wrapText';

/**
 * A static organisation chart laid out on the server for print (no cytoscape, no browser): boxes
 * and connector lines in SVG user units, drawn by a small Svelte component or turned into SVG
 * markup by `orgChartSvg`.
 *
 * The layout is the compact one people draw by hand: a manager whose reports manage nobody has
 * them stacked beneath, indented; otherwise the reports sit side by side under a bus line, and a
 * manager with many reports (the old CEO's ten) has them wrapped into rows split either side of a
 * trunk, so the chart stays readable across an A4 landscape page instead of one very wide row.
 */

export type ChartMark = 'new' | 'changed';

export interface OrgChartBox {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	titleLines: string[];
	/** Grade name, and "office" for the CEO's office. */
	detail: string;
	/** Statutory roles held, abbreviated (S151, MO…); empty when none. Drawn after the grade. */
	roles: string;
	status: PostStatus;
	office: boolean;
	mark?: ChartMark;
}

export interface OrgChartLine {
	/** Manager → report, for keyed rendering. */
	id: string;
	points: [number, number][];
}

export interface OrgChartLayout {
	width: number;
	height: number;
	boxes: OrgChartBox[];
	lines: OrgChartLine[];
	/** Live posts whose line of management does not reach the Chief Executive. */
	unattached: { id: string; title: string }[];
}

export interface OrgChartOptions {
	/** Posts to flag as new or changed (drawn with a word tag and a different border, not colour alone). */
	marks?: Record<string, ChartMark>;
	/** Most reports side by side in one row before they wrap (default 6). */
	maxPerRow?: number;
}

export const BOX_WIDTH = 180;
export const BOX_HEIGHT = 64;
const GAP_X = 12;
const GAP_Y = 30;
const STACK_INDENT = 18;
const STACK_GAP = 7;
const TRUNK_GAP = 24;
const TITLE_CHARS = 24;
const TITLE_LINES = 3;

/** Four or more stacked reports go in two columns: a landscape page has width to spare, not height. */
function stackColumns(n: number): number {
	return n >= 4 ? 2 : 1;
}

export const ROLE_ABBREVIATIONS: Record<StatutoryRole, string> = {
	'head-of-paid-service': 'HoPS',
	s151: 'S151',
	'monitoring-officer': 'MO',
	dcs: 'DCS',
	dass: 'DASS',
	dph: 'DPH'
};

interface Measured {
	post: Post;
	kind: 'leaf' | 'stack' | 'rows';
	children: Measured[];
	width: number;
	height: number;
	/** Centre of this subtree's box, from the subtree's left edge. */
	anchor: number;
	/** For 'rows': left offset of each child and its row, and each row's height. */
	childX: number[];
	childRow: number[];
	rowHeights: number[];
	/** For wrapped rows: x of the trunk (equals anchor). */
	wrapped: boolean;
}

export function layoutOrgChart(s: Structure, options: OrgChartOptions = {}): OrgChartLayout {
	const maxPerRow = Math.max(2, options.maxPerRow ?? 6);
	const live = Object.values(s.posts).filter((p) => p.status !== 'deleted');
	const byId = new Map(live.map((p) => [p.id, p]));
	const children = new Map<string, Post[]>();
	for (const p of live) {
		if (p.id === s.ceo || !p.reportsTo || !byId.has(p.reportsTo)) continue;
		const list = children.get(p.reportsTo) ?? [];
		list.push(p);
		children.set(p.reportsTo, list);
	}
	// The office first under its manager: it reads as "the CEO's own staff", apart from the directorates.
	for (const list of children.values())
		list.sort((a, b) => Number(!!b.office) - Number(!!a.office));

	const root = byId.get(s.ceo);
	const out: OrgChartLayout = { width: 0, height: 0, boxes: [], lines: [], unattached: [] };
	const reached = new Set<string>();
	if (root) {
		const measured = measure(root, true);
		out.width = measured.width;
		out.height = measured.height;
		place(measured, 0, 0);
	}
	for (const p of live) if (!reached.has(p.id)) out.unattached.push({ id: p.id, title: p.title });
	return out;

	function measure(post: Post, isRoot: boolean): Measured {
		// Guards against a reporting loop: a post already in the chart is not drawn twice.
		reached.add(post.id);
		const kids = (children.get(post.id) ?? []).filter((c) => !reached.has(c.id));
		const m: Measured = {
			post,
			kind: 'leaf',
			children: kids.map((c) => measure(c, false)),
			width: BOX_WIDTH,
			height: BOX_HEIGHT,
			anchor: BOX_WIDTH / 2,
			childX: [],
			childRow: [],
			rowHeights: [],
			wrapped: false
		};
		const n = m.children.length;
		if (n === 0) return m;
		if (!isRoot && m.children.every((c) => c.kind === 'leaf')) {
			m.kind = 'stack';
			const cols = stackColumns(n);
			m.width = cols * (STACK_INDENT + BOX_WIDTH) + (cols - 1) * GAP_X;
			m.height = BOX_HEIGHT + Math.ceil(n / cols) * (STACK_GAP + BOX_HEIGHT);
			return m;
		}
		m.kind = 'rows';
		if (n <= maxPerRow) {
			let x = 0;
			for (const c of m.children) {
				m.childX.push(x);
				m.childRow.push(0);
				x += c.width + GAP_X;
			}
			const span = x - GAP_X;
			const first = m.childX[0] + m.children[0].anchor;
			const last = m.childX[n - 1] + m.children[n - 1].anchor;
			let centre = (first + last) / 2;
			const shift = Math.max(0, BOX_WIDTH / 2 - centre);
			m.childX = m.childX.map((cx) => cx + shift);
			centre += shift;
			m.anchor = centre;
			m.width = Math.max(span + shift, centre + BOX_WIDTH / 2);
			m.rowHeights = [Math.max(...m.children.map((c) => c.height))];
		} else {
			m.wrapped = true;
			const rows = Math.ceil(n / maxPerRow);
			const perRow = Math.ceil(n / rows);
			const rowsOf: Measured[][] = [];
			for (let i = 0; i < n; i += perRow) rowsOf.push(m.children.slice(i, i + perRow));
			const widthOf = (list: Measured[]) =>
				list.reduce((sum, c) => sum + c.width, 0) + GAP_X * Math.max(0, list.length - 1);
			const halves = rowsOf.map((row) => {
				const k = Math.ceil(row.length / 2);
				return { left: row.slice(0, k), right: row.slice(k) };
			});
			const trunk = Math.max(BOX_WIDTH / 2, ...halves.map((h) => widthOf(h.left) + TRUNK_GAP / 2));
			let right = trunk + BOX_WIDTH / 2;
			halves.forEach((h, r) => {
				let x = trunk - TRUNK_GAP / 2 - widthOf(h.left);
				for (const c of h.left) {
					m.childX.push(x);
					m.childRow.push(r);
					x += c.width + GAP_X;
				}
				x = trunk + TRUNK_GAP / 2;
				for (const c of h.right) {
					m.childX.push(x);
					m.childRow.push(r);
					x += c.width + GAP_X;
				}
				right = Math.max(right, x - GAP_X);
				m.rowHeights.push(Math.max(...rowsOf[r].map((c) => c.height)));
			});
			m.anchor = trunk;
			m.width = right;
		}
		m.height = BOX_HEIGHT + m.rowHeights.reduce((sum, h) => sum + GAP_Y + h, 0);
		return m;
	}

	function place(m: Measured, x: number, y: number) {
		const boxX = x + m.anchor - BOX_WIDTH / 2;
		out.boxes.push(box(m.post, boxX, y));
		if (m.kind === 'stack') {
			const cols = stackColumns(m.children.length);
			const perColumn = Math.ceil(m.children.length / cols);
			const top = y + BOX_HEIGHT;
			m.children.forEach((c, i) => {
				const col = Math.floor(i / perColumn);
				const colX = x + col * (STACK_INDENT + BOX_WIDTH + GAP_X);
				const spine = colX + STACK_INDENT / 2;
				const cy = top + STACK_GAP + (i % perColumn) * (BOX_HEIGHT + STACK_GAP);
				out.boxes.push(box(c.post, colX + STACK_INDENT, cy));
				const mid = cy + BOX_HEIGHT / 2;
				// A second column hangs from a short rail under the manager's box.
				const start: [number, number][] =
					col === 0
						? [[spine, top]]
						: [
								[x + STACK_INDENT / 2, top],
								[x + STACK_INDENT / 2, top + STACK_GAP / 2],
								[spine, top + STACK_GAP / 2]
							];
				out.lines.push({
					id: `${m.post.id}->${c.post.id}`,
					points: [...start, [spine, mid], [colX + STACK_INDENT, mid]]
				});
			});
			return;
		}
		if (m.kind !== 'rows') return;
		const cx = x + m.anchor;
		const rowTop: number[] = [];
		let top = y + BOX_HEIGHT;
		for (const h of m.rowHeights) {
			rowTop.push(top + GAP_Y);
			top += GAP_Y + h;
		}
		if (m.wrapped) {
			out.lines.push({
				id: `${m.post.id}:trunk`,
				points: [
					[cx, y + BOX_HEIGHT],
					[cx, rowTop[rowTop.length - 1] - GAP_Y / 2]
				]
			});
		}
		m.children.forEach((c, i) => {
			const childLeft = x + m.childX[i];
			const childTop = rowTop[m.childRow[i]];
			const bus = childTop - GAP_Y / 2;
			const ax = childLeft + c.anchor;
			out.lines.push({
				id: `${m.post.id}->${c.post.id}`,
				points: [
					[cx, m.wrapped ? bus : y + BOX_HEIGHT],
					[cx, bus],
					[ax, bus],
					[ax, childTop]
				]
			});
			place(c, childLeft, childTop);
		});
	}

	function box(post: Post, x: number, y: number): OrgChartBox {
		const grade = s.grades[post.grade]?.name ?? post.grade;
		const mark = options.marks?.[post.id];
		return {
			id: post.id,
			x,
			y,
			width: BOX_WIDTH,
			height: BOX_HEIGHT,
			titleLines: wrapText(post.title, TITLE_CHARS, TITLE_LINES),
			detail: post.office ? `${grade} · office` : grade,
			roles: post.statutoryRoles.map((r) => ROLE_ABBREVIATIONS[r]).join(', '),
			status: post.status,
			office: !!post.office,
			...(mark ? { mark } : {})
		};
	}
}
