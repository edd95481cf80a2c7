/**
 * A compact org-chart layout, computed here rather than by a general graph layout so that a wide
 * span stays readable: each group (Council Core, Delivery Functions, External bodies) is a band,
 * bands stack top to bottom; within a band each post's reports that manage nobody are stacked in a
 * column under it, and reports that manage others sit side by side. A Chief Executive with ten
 * reports therefore draws as a column and a few subtrees, not a row ten boxes wide, and a band
 * wraps onto a new line when it grows wider than maxRowWidth.
 *
 * It also routes each line-management edge as an orthogonal path (down to a bus, across, down),
 * which the graph draws as segments and the SVG export as a polyline.
 */

export interface LayoutInput {
	id: string;
	/** Band (group node id); nodes without one share a band at the end. */
	band?: string;
	/** Line manager's node id, for posts. */
	manager?: string;
	/** Leaf posts and other nodes: posts are laid out as trees, anything else in rows. */
	isPost: boolean;
	w: number;
	h: number;
}

export interface Point {
	x: number;
	y: number;
}

export interface OrgChartLayout {
	/** Centre of each node. */
	positions: Record<string, Point>;
	/** Bend points of each line-management edge, keyed by the report's id. */
	routes: Record<string, Point[]>;
}

export interface OrgChartOptions {
	hGap: number;
	layerGap: number;
	stackGap: number;
	indent: number;
	bandGap: number;
	maxRowWidth: number;
	/** Band ids in the order they stack. */
	bandOrder: readonly string[];
}

const DEFAULTS: OrgChartOptions = {
	hGap: 26,
	layerGap: 54,
	stackGap: 10,
	indent: 28,
	bandGap: 120,
	maxRowWidth: 1700,
	bandOrder: []
};

interface Block {
	w: number;
	h: number;
	/** Places the block with its top-left corner at (x, y). */
	place(x: number, y: number): void;
}

export function orgChartLayout(
	nodes: readonly LayoutInput[],
	options: Partial<OrgChartOptions> = {}
): OrgChartLayout {
	const o = { ...DEFAULTS, ...options };
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const positions: Record<string, Point> = {};
	const routes: Record<string, Point[]> = {};
	const bandOf = (n: LayoutInput) => n.band ?? '';

	// Reports within the same band, in input order; a report in another band roots its own tree.
	const kids = new Map<string, LayoutInput[]>();
	for (const n of nodes) {
		if (!n.isPost || !n.manager) continue;
		const m = byId.get(n.manager);
		if (!m || bandOf(m) !== bandOf(n)) continue;
		const list = kids.get(m.id) ?? [];
		list.push(n);
		kids.set(m.id, list);
	}
	const childrenOf = (id: string) => kids.get(id) ?? [];

	const visiting = new Set<string>();
	function subtree(n: LayoutInput): Block {
		visiting.add(n.id);
		const children = childrenOf(n.id).filter((c) => !visiting.has(c.id));
		const leaves = children.filter((c) => childrenOf(c.id).length === 0);
		const branchNodes = children.filter((c) => childrenOf(c.id).length > 0);
		const branches = branchNodes.map(subtree);
		visiting.delete(n.id);
		if (!children.length) {
			return {
				w: n.w,
				h: n.h,
				place: (x, y) => (positions[n.id] = { x: x + n.w / 2, y: y + n.h / 2 })
			};
		}
		const items: Block[] = [];
		if (leaves.length) items.push(column(leaves, n));
		items.push(...branches);
		const rowW = items.reduce((s, b) => s + b.w, 0) + o.hGap * (items.length - 1);
		const rowH = Math.max(...items.map((b) => b.h));
		const w = Math.max(n.w, rowW);
		return {
			w,
			h: n.h + o.layerGap + rowH,
			place(x, y) {
				positions[n.id] = { x: x + w / 2, y: y + n.h / 2 };
				let cx = x + (w - rowW) / 2;
				for (const b of items) {
					b.place(cx, y + n.h + o.layerGap);
					cx += b.w + o.hGap;
				}
				const bus = y + n.h + o.layerGap / 2;
				const px = x + w / 2;
				for (const c of branchNodes) {
					const cp = positions[c.id];
					routes[c.id] =
						cp.x === px
							? []
							: [
									{ x: px, y: bus },
									{ x: cp.x, y: bus }
								];
				}
			}
		};
	}

	// Reports that manage nobody, stacked under a trunk that comes down from the manager.
	function column(leaves: LayoutInput[], manager: LayoutInput): Block {
		const w = o.indent + Math.max(...leaves.map((l) => l.w));
		const h = leaves.reduce((s, l) => s + l.h, 0) + o.stackGap * (leaves.length - 1);
		return {
			w,
			h,
			place(x, y) {
				let cy = y;
				const trunk = x + o.indent / 2;
				const m = positions[manager.id];
				const bus = y - o.layerGap / 2;
				for (const l of leaves) {
					positions[l.id] = { x: x + o.indent + l.w / 2, y: cy + l.h / 2 };
					routes[l.id] = [
						{ x: m.x, y: bus },
						{ x: trunk, y: bus },
						{ x: trunk, y: cy + l.h / 2 }
					];
					cy += l.h + o.stackGap;
				}
			}
		};
	}

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
		const blocks = [...roots.map(subtree), ...members.filter((n) => !n.isPost).map(leafBlock)];
		// Greedy lines no wider than maxRowWidth (a block wider than that gets a line of its own).
		const lines: Block[][] = [];
		let line: Block[] = [];
		let lineW = 0;
		for (const b of blocks) {
			const next = line.length ? lineW + o.hGap + b.w : b.w;
			if (line.length && next > o.maxRowWidth) {
				lines.push(line);
				line = [b];
				lineW = b.w;
			} else {
				line.push(b);
				lineW = next;
			}
		}
		if (line.length) lines.push(line);
		let y = top;
		for (const l of lines) {
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
			const m = r.manager ? positions[r.manager] : undefined;
			const p = positions[r.id];
			if (!m || !p) continue;
			routes[r.id] =
				m.y < p.y && m.x !== p.x
					? [
							{ x: m.x, y: bus },
							{ x: p.x, y: bus }
						]
					: [];
		}
		top = y - o.layerGap + o.bandGap;
	}

	// Managers in a later band than their report (unusual): the route is fixed now both are placed.
	for (const n of nodes) {
		if (!n.isPost || !n.manager || routes[n.id]) continue;
		if (positions[n.manager] && positions[n.id]) routes[n.id] = [];
	}
	return { positions, routes };

	function leafBlock(n: LayoutInput): Block {
		return {
			w: n.w,
			h: n.h,
			place: (x, y) => (positions[n.id] = { x: x + n.w / 2, y: y + n.h / 2 })
		};
	}
}

/**
 * Bend points as cytoscape's segment weights and distances, measured from the source's centre
 * towards the target's (edge-distances: node-position): each point is source + w·(target − source)
 * + d·n, where n is the unit normal (−dy, dx)/length.
 */
export function toSegments(
	source: Point,
	target: Point,
	points: readonly Point[]
): { weights: number[]; distances: number[] } {
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const len2 = dx * dx + dy * dy;
	const len = Math.sqrt(len2);
	const weights: number[] = [];
	const distances: number[] = [];
	if (len === 0) return { weights, distances };
	for (const p of points) {
		const px = p.x - source.x;
		const py = p.y - source.y;
		weights.push((px * dx + py * dy) / len2);
		distances.push((px * -dy + py * dx) / len);
	}
	return { weights, distances };
}

/** The layout of a graph's elements: posts as trees in their group's band, other nodes in rows. */
export function layoutGraphElements(
	nodes: readonly { data: { id: string; kind: string; parent?: string; manager?: string } }[],
	sizeOf: (kind: string) => { width: number; height: number },
	options: Partial<OrgChartOptions> = {}
): OrgChartLayout {
	const inputs: LayoutInput[] = nodes
		.filter((n) => n.data.kind !== 'group')
		.map((n) => {
			const size = sizeOf(n.data.kind);
			return {
				id: n.data.id,
				band: n.data.parent,
				manager: n.data.manager,
				isPost: n.data.kind === 'post',
				w: size.width,
				h: size.height
			};
		});
	return orgChartLayout(inputs, {
		bandOrder: ['group:core', 'group:delivery', 'group:external'],
		...options
	});
}
