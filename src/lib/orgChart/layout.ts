import { column, hang, leafBlock, row, wrapped, type Block, type Sheet } from './blocks.ts';
import {
	GRAPH_CHART,
	type ChartBox,
	type ChartLayout,
	type ChartNode,
	type ChartOptions
} from './chartTypes.ts';

export * from './chartTypes.ts';

/**
 * The one org-chart layout, computed here rather than by a general graph layout so that a wide span
 * stays readable. It is pure geometry over boxes with a line manager each; the graph page (through
 * cytoscape's preset layout), its SVG and PNG export, the JNC report and the deck all draw from it.
 *
 * A manager sits above its reports, which are set side by side under a bus line. Reports that
 * manage nobody are drawn compactly (`leaves`):
 * - 'column': stacked in a column beside the manager's other reports' subtrees, so a Chief
 *   Executive with ten reports draws as a column and a few subtrees, not a row ten boxes wide;
 *   past `maxStack` of them, in several columns side by side;
 * - 'hang' (print's): when every report of a manager other than the top one manages nobody, they
 *   hang beneath it, indented, in two columns from four (a landscape page has width, not height);
 * - 'compact' (a screen's): hanging where every report manages nobody, stacked otherwise.
 * More than `maxPerRow` reports side by side wrap into rows split either side of a trunk. Nodes may
 * be grouped into bands (Council Core, Delivery Functions…) stacked top to bottom, each band
 * wrapping onto a new line past `maxRowWidth` (reached down a gutter at the band's left); nodes
 * that are not posts (bodies, meetings) go in lanes of their own, below the posts or beside them
 * (`lanes`). Or, with `root`, only the tree below one post is drawn and the rest listed as
 * unattached. screen.ts chooses among these foldings for the shape of a screen.
 *
 * Every manager → report line is routed orthogonally (down to a bus, across, down).
 */
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

	// Bands in the order asked for, then any others in order of first appearance.
	const bands: string[] = [...o.bandOrder];
	for (const n of nodes) if (!bands.includes(bandOf(n))) bands.push(bandOf(n));
	// Managers with reports in a later band: their line runs on down through their own band, so
	// their reports there part either side of it and the rows after theirs leave room for it.
	const bandIndex = new Map(bands.map((b, i) => [b, i]));
	const reachesDown = new Set(
		nodes
			.filter((n) => n.isPost && n.manager && byId.has(n.manager))
			.filter((n) => bandIndex.get(bandOf(n))! > bandIndex.get(bandOf(byId.get(n.manager!)!))!)
			.map((n) => n.manager!)
	);

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
		else if (o.leaves !== 'column' && !isRoot && children.every(isLeaf))
			block = hang(sheet, n, children);
		else {
			const items: Block[] = [];
			const leaves = o.leaves !== 'hang' ? children.filter(isLeaf) : [];
			if (leaves.length) items.push(column(sheet, leaves, n));
			for (const c of children) if (!leaves.includes(c)) items.push(subtree(c, false));
			const reports = children.filter((c) => !leaves.includes(c));
			block =
				items.length > o.maxPerRow || reachesDown.has(n.id)
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
		// Every band measured before any is placed: the nodes that are not posts (bodies, meetings,
		// units without a post) go in a lane of their own below their band's trees, wrapped to the
		// widest line of trees, so that they neither sit among the posts nor widen the chart.
		const measured = bands.flatMap((band) => {
			const members = nodes.filter((n) => bandOf(n) === band);
			const roots = members.filter((n) => {
				if (!n.isPost) return false;
				const m = n.manager ? byId.get(n.manager) : undefined;
				return !m || bandOf(m) !== band;
			});
			const trees = lines(
				// A root under a manager in another band is not the top of the chart: it may hang.
				roots.map((r) => subtree(r, !r.manager || !byId.has(r.manager))),
				o.maxRowWidth
			);
			const others = members.filter((n) => !n.isPost).map((n) => leafBlock(sheet, n));
			return members.length ? [{ members, roots, trees, others }] : [];
		});
		const treeWidth = Math.max(0, ...measured.flatMap((b) => b.trees.map(widthOf)));
		const laneWidth = treeWidth > 0 ? Math.min(treeWidth, o.maxRowWidth) : o.maxRowWidth;
		const laneGap = o.layerGap / 2;
		// 'beside': bands of bodies and meetings in columns to the right of the posts, as tall as they.
		const aside =
			o.lanes === 'beside' && treeWidth > 0
				? measured.filter((b) => !b.trees.length && b.others.length)
				: [];
		let top = 0;
		for (const { members, roots, trees, others } of measured.filter((b) => !aside.includes(b))) {
			let y = top;
			let gap = 0;
			const rows = [
				...trees.map((l) => ({ l, gap: o.layerGap })),
				...lines(others, laneWidth).map((l) => ({ l, gap: laneGap }))
			];
			rows.forEach((row, i) => {
				// After the first line, rows part either side of such a line rather than sit across it.
				const down =
					i > 0 ? members.find((n) => reachesDown.has(n.id) && placed.has(n.id)) : undefined;
				const box = down && placed.get(down.id)!;
				const half = Math.ceil(row.l.length / 2);
				let x = box
					? box.x + box.width / 2 - o.trunkGap / 2 - widthOf(row.l.slice(0, half))
					: -widthOf(row.l) / 2;
				row.l.forEach((b, k) => {
					if (box && k === half) x = box.x + box.width / 2 + o.trunkGap / 2;
					b.place(x, y);
					x += b.w + o.hGap;
				});
				y += Math.max(...row.l.map((b) => b.h)) + row.gap;
				gap = row.gap;
			});
			// Reports whose manager is in an earlier band: across a bus in the gap above this band, and
			// to a tree on a later line down a gutter beside the band's left edge, then across above it.
			const bus = top - o.bandGap * 0.6;
			const gutter = -Math.max(0, ...trees.map(widthOf)) / 2 - o.hGap / 2;
			for (const r of roots) {
				const m = r.manager ? placed.get(r.manager) : undefined;
				const p = placed.get(r.id);
				if (!m || !p) continue;
				const mx = m.x + m.width / 2;
				const px = p.x + p.width / 2;
				const above = p.y - o.layerGap / 2;
				line(
					m.id,
					r.id,
					m.y >= p.y
						? [
								[mx, m.y + m.height / 2],
								[px, p.y + p.height / 2]
							]
						: p.y > top
							? [
									[mx, m.y + m.height],
									[mx, bus],
									[gutter, bus],
									[gutter, above],
									[px, above],
									[px, p.y]
								]
							: [
									[mx, m.y + m.height],
									[mx, bus],
									[px, bus],
									[px, p.y]
								]
				);
			}
			top = y - gap + o.bandGap;
		}
		placeAside(
			aside.map((b) => b.others),
			top - o.bandGap,
			laneGap
		);
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

	// Each band in columns of as many as fit the posts' height, left to right after the posts.
	function placeAside(bands: Block[][], height: number, gap: number) {
		let x = Math.max(0, ...out.boxes.map((b) => b.x + b.width)) + o.bandGap;
		for (const blocks of bands) {
			const cellW = Math.max(...blocks.map((b) => b.w));
			const cellH = Math.max(...blocks.map((b) => b.h));
			const perColumn = Math.max(1, Math.floor((height + gap) / (cellH + gap)));
			blocks.forEach((b, i) => {
				const col = Math.floor(i / perColumn);
				b.place(x + col * (cellW + o.hGap), (i % perColumn) * (cellH + gap));
			});
			x += Math.ceil(blocks.length / perColumn) * (cellW + o.hGap) - o.hGap + o.bandGap;
		}
	}

	function widthOf(line: Block[]): number {
		return line.reduce((s, b) => s + b.w, 0) + o.hGap * (line.length - 1);
	}

	// Greedy lines no wider than maxWidth (a block wider than that gets a line of its own).
	function lines(blocks: Block[], maxWidth: number): Block[][] {
		const out: Block[][] = [];
		let current: Block[] = [];
		let width = 0;
		for (const b of blocks) {
			const next = current.length ? width + o.hGap + b.w : b.w;
			if (current.length && next > maxWidth) {
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
