import { column, hang, leafBlock, row, wrapped, type Block, type Sheet } from './blocks.ts';

/**
 * The one org-chart layout, computed here rather than by a general graph layout so that a wide span
 * stays readable. It is pure geometry over boxes with a line manager each; the graph page (through
 * cytoscape's preset layout), its SVG and PNG export, the JNC report and the deck all draw from it.
 *
 * A manager sits above its reports, which are set side by side under a bus line. Reports that
 * manage nobody are drawn compactly, in one of two ways (`leaves`):
 * - 'column' (the graph's): stacked in one column beside the manager's other reports' subtrees, so a
 *   Chief Executive with ten reports draws as a column and a few subtrees, not a row ten boxes wide;
 * - 'hang' (print's): when every report of a manager other than the top one manages nobody, they
 *   hang beneath it, indented, in two columns from four (a landscape page has width, not height).
 * More than `maxPerRow` reports side by side wrap into rows split either side of a trunk. Nodes may
 * be grouped into bands (Council Core, Delivery Functions…) stacked top to bottom, each band
 * wrapping onto a new line past `maxRowWidth`; or, with `root`, only the tree below one post is
 * drawn and the rest listed as unattached.
 *
 * Every manager → report line is routed orthogonally (down to a bus, across, down).
 */
export interface ChartNode {
	id: string;
	/** Band (e.g. a group node id); nodes without one share a band at the end. */
	band?: string;
	/** Line manager's node id, for posts. */
	manager?: string;
	/** Posts are laid out as trees; anything else sits in rows in its band. */
	isPost: boolean;
	w: number;
	h: number;
}

export interface Point {
	x: number;
	y: number;
}

/** A placed node: top-left corner, width and height. */
export interface ChartBox {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartLine {
	/** `manager->report`, or `manager:trunk` for the trunk of wrapped rows. */
	id: string;
	/** The report the line ends at (none for a trunk). */
	report?: string;
	/** The manager the line starts at (none for a trunk). */
	manager?: string;
	/** From the manager's box to the report's, corners included. */
	points: [number, number][];
}

export interface ChartLayout {
	width: number;
	height: number;
	boxes: ChartBox[];
	lines: ChartLine[];
	/** With `root`: ids of nodes its tree does not reach (in input order). */
	unattached: string[];
}

export interface ChartOptions {
	hGap: number;
	layerGap: number;
	stackGap: number;
	indent: number;
	leaves: 'column' | 'hang';
	/** Most reports side by side before they wrap into rows either side of a trunk. */
	maxPerRow: number;
	/** Gap either side of the trunk of wrapped rows. */
	trunkGap: number;
	/** A manager centred over its reports' whole row ('row') or between its first and last report. */
	centre: 'row' | 'reports';
	bandGap: number;
	maxRowWidth: number;
	/** Band ids in the order they stack. */
	bandOrder: readonly string[];
	/** Draw only this node's tree, from (0, 0). */
	root?: string;
}

/** The graph page's layout. */
export const GRAPH_CHART: ChartOptions = {
	hGap: 26,
	layerGap: 54,
	stackGap: 10,
	indent: 28,
	leaves: 'column',
	maxPerRow: Infinity,
	trunkGap: 24,
	centre: 'row',
	bandGap: 120,
	maxRowWidth: 1700,
	bandOrder: []
};

/** The printed chart's layout (the JNC report, the deck): tighter, wrapping a wide span. */
export const PRINT_CHART: ChartOptions = {
	hGap: 12,
	layerGap: 30,
	stackGap: 7,
	indent: 18,
	leaves: 'hang',
	maxPerRow: 6,
	trunkGap: 24,
	centre: 'reports',
	bandGap: 120,
	maxRowWidth: Infinity,
	bandOrder: []
};

export function layoutChart(
	nodes: readonly ChartNode[],
	options: Partial<ChartOptions> = {}
): ChartLayout {
	const o: ChartOptions = { ...GRAPH_CHART, ...options };
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const out: ChartLayout = { width: 0, height: 0, boxes: [], lines: [], unattached: [] };
	const placed = new Map<string, ChartBox>();
	const bandOf = (n: ChartNode) => n.band ?? '';

	// Reports within the same band, in input order; a report in another band roots its own tree.
	const kids = new Map<string, ChartNode[]>();
	for (const n of nodes) {
		if (!n.isPost || !n.manager || n.id === o.root) continue;
		const m = byId.get(n.manager);
		if (!m || bandOf(m) !== bandOf(n)) continue;
		const list = kids.get(m.id) ?? [];
		list.push(n);
		kids.set(m.id, list);
	}
	const childrenOf = (id: string) => kids.get(id) ?? [];
	const isLeaf = (n: ChartNode) => childrenOf(n.id).length === 0;

	const sheet: Sheet = {
		o,
		placed,
		box(n, x, y) {
			const b = { id: n.id, x, y, width: n.w, height: n.h };
			placed.set(n.id, b);
			out.boxes.push(b);
		},
		line: (manager, report, points) =>
			out.lines.push({ id: `${manager}->${report}`, report, manager, points }),
		trunk: (manager, points) => out.lines.push({ id: `${manager}:trunk`, points })
	};
	const { line } = sheet;

	const visiting = new Set<string>();
	function subtree(n: ChartNode, isRoot: boolean): Block {
		visiting.add(n.id);
		const children = childrenOf(n.id).filter((c) => !visiting.has(c.id));
		let block: Block;
		if (!children.length) block = leafBlock(sheet, n);
		else if (o.leaves === 'hang' && !isRoot && children.every(isLeaf))
			block = hang(sheet, n, children);
		else {
			const items: Block[] = [];
			const leaves = o.leaves === 'column' ? children.filter(isLeaf) : [];
			if (leaves.length) items.push(column(sheet, leaves, n));
			for (const c of children) if (!leaves.includes(c)) items.push(subtree(c, false));
			const reports = children.filter((c) => !leaves.includes(c));
			block =
				items.length > o.maxPerRow
					? wrapped(sheet, n, items, reports)
					: row(sheet, n, items, reports);
		}
		visiting.delete(n.id);
		return block;
	}

	if (o.root !== undefined) {
		const root = byId.get(o.root);
		if (root) {
			const b = subtree(root, true);
			b.place(0, 0);
			out.width = b.w;
			out.height = b.h;
		}
		for (const n of nodes) if (!placed.has(n.id)) out.unattached.push(n.id);
		return out;
	}
	placeBands();
	return out;

	function placeBands() {
		// Bands in the order asked for, then any others in order of first appearance.
		const bands: string[] = [...o.bandOrder];
		for (const n of nodes) if (!bands.includes(bandOf(n))) bands.push(bandOf(n));
		let top = 0;
		for (const band of bands) {
			const members = nodes.filter((n) => bandOf(n) === band);
			if (!members.length) continue;
			const roots = members.filter((n) => {
				if (!n.isPost) return false;
				const m = n.manager ? byId.get(n.manager) : undefined;
				return !m || bandOf(m) !== band;
			});
			const blocks = [
				...roots.map((r) => subtree(r, true)),
				...members.filter((n) => !n.isPost).map((n) => leafBlock(sheet, n))
			];
			let y = top;
			for (const l of lines(blocks)) {
				const w = l.reduce((s, b) => s + b.w, 0) + o.hGap * (l.length - 1);
				let x = -w / 2;
				for (const b of l) {
					b.place(x, y);
					x += b.w + o.hGap;
				}
				y += Math.max(...l.map((b) => b.h)) + o.layerGap;
			}
			// Reports whose manager is in an earlier band: across a bus in the gap above this band.
			const bus = top - o.bandGap * 0.6;
			for (const r of roots) {
				const m = r.manager ? placed.get(r.manager) : undefined;
				const p = placed.get(r.id);
				if (!m || !p) continue;
				const mx = m.x + m.width / 2;
				const px = p.x + p.width / 2;
				line(
					m.id,
					r.id,
					m.y < p.y
						? [
								[mx, m.y + m.height],
								[mx, bus],
								[px, bus],
								[px, p.y]
							]
						: [
								[mx, m.y + m.height / 2],
								[px, p.y + p.height / 2]
							]
				);
			}
			top = y - o.layerGap + o.bandGap;
		}
		// Managers in a later band than their report (unusual): a straight line once both are placed.
		const lined = new Set(out.lines.map((l) => l.report));
		for (const n of nodes) {
			const m = n.manager ? placed.get(n.manager) : undefined;
			const p = placed.get(n.id);
			if (!n.isPost || !m || !p || lined.has(n.id)) continue;
			line(m.id, n.id, [
				[m.x + m.width / 2, m.y + m.height / 2],
				[p.x + p.width / 2, p.y + p.height / 2]
			]);
		}
		const right = Math.max(0, ...out.boxes.map((b) => b.x + b.width));
		const bottom = Math.max(0, ...out.boxes.map((b) => b.y + b.height));
		out.width = right - Math.min(0, ...out.boxes.map((b) => b.x));
		out.height = bottom - Math.min(0, ...out.boxes.map((b) => b.y));
	}

	// Greedy lines no wider than maxRowWidth (a block wider than that gets a line of its own).
	function lines(blocks: Block[]): Block[][] {
		const out: Block[][] = [];
		let current: Block[] = [];
		let width = 0;
		for (const b of blocks) {
			const next = current.length ? width + o.hGap + b.w : b.w;
			if (current.length && next > o.maxRowWidth) {
				out.push(current);
				current = [b];
				width = b.w;
			} else {
				current.push(b);
				width = next;
			}
		}
		if (current.length) out.push(current);
		return out;
	}
}
