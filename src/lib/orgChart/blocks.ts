import type { ChartBox, ChartNode, ChartOptions } from './chartTypes.ts';

/**
 * The ways `layoutChart` arranges a manager and its reports, each a block measured first and placed
 * later, so a subtree's size is known before its manager is positioned above it.
 */

export interface Block {
	w: number;
	h: number;
	/** Where the node's centre is, from the block's left edge. */
	anchor: number;
	/** Places the block with its top-left corner at (x, y). */
	place(x: number, y: number): void;
}

/** What a block draws onto as it is placed. */
export interface Sheet {
	o: ChartOptions;
	box(n: ChartNode, x: number, y: number): void;
	/** A manager → report line, from the manager's box to the report's. */
	line(manager: string, report: string, points: [number, number][]): void;
	/** The trunk of a manager's wrapped rows. */
	trunk(manager: string, points: [number, number][]): void;
	placed: ReadonlyMap<string, ChartBox>;
}

export function leafBlock(sheet: Sheet, n: ChartNode): Block {
	return { w: n.w, h: n.h, anchor: n.w / 2, place: (x, y) => sheet.box(n, x, y) };
}

// Side by side under a bus; `reports` are the nodes of the items after any column.
export function row(sheet: Sheet, n: ChartNode, items: Block[], reports: ChartNode[]): Block {
	const { o, box, line } = sheet;
	const xs: number[] = [];
	let x = 0;
	for (const b of items) {
		xs.push(x);
		x += b.w + o.hGap;
	}
	const span = x - o.hGap;
	let anchor: number;
	let w: number;
	if (o.centre === 'row') {
		w = Math.max(n.w, span);
		const shift = (w - span) / 2;
		for (let i = 0; i < xs.length; i++) xs[i] += shift;
		anchor = w / 2;
	} else {
		const last = items.length - 1;
		const centre = (xs[0] + items[0].anchor + xs[last] + items[last].anchor) / 2;
		const shift = Math.max(0, n.w / 2 - centre);
		for (let i = 0; i < xs.length; i++) xs[i] += shift;
		anchor = centre + shift;
		w = Math.max(span + shift, anchor + n.w / 2);
	}
	const rowH = Math.max(...items.map((b) => b.h));
	const first = items.length - reports.length;
	return {
		w,
		h: n.h + o.layerGap + rowH,
		anchor,
		place(x, y) {
			box(n, x + anchor - n.w / 2, y);
			const top = y + n.h + o.layerGap;
			const bus = top - o.layerGap / 2;
			const cx = x + anchor;
			items.forEach((b, i) => {
				if (i >= first) {
					const ax = x + xs[i] + b.anchor;
					line(n.id, reports[i - first].id, [
						[cx, y + n.h],
						[cx, bus],
						[ax, bus],
						[ax, top]
					]);
				}
				b.place(x + xs[i], top);
			});
		}
	};
}

// Rows of at most maxPerRow, each split either side of a trunk down from the manager.
export function wrapped(sheet: Sheet, n: ChartNode, items: Block[], reports: ChartNode[]): Block {
	const { o, box, line } = sheet;
	const count = items.length;
	const rows = Math.ceil(count / o.maxPerRow);
	const perRow = Math.ceil(count / rows);
	const rowsOf: number[][] = [];
	for (let i = 0; i < count; i += perRow)
		rowsOf.push(Array.from({ length: Math.min(perRow, count - i) }, (_, k) => i + k));
	const widthOf = (list: number[]) =>
		list.reduce((sum, i) => sum + items[i].w, 0) + o.hGap * Math.max(0, list.length - 1);
	const halves = rowsOf.map((r) => {
		const k = Math.ceil(r.length / 2);
		return { left: r.slice(0, k), right: r.slice(k) };
	});
	const trunk = Math.max(n.w / 2, ...halves.map((h) => widthOf(h.left) + o.trunkGap / 2));
	const xs: number[] = [];
	const rowOf: number[] = [];
	const rowHeights: number[] = [];
	let right = trunk + n.w / 2;
	halves.forEach((h, r) => {
		let x = trunk - o.trunkGap / 2 - widthOf(h.left);
		for (const i of h.left) {
			xs[i] = x;
			rowOf[i] = r;
			x += items[i].w + o.hGap;
		}
		x = trunk + o.trunkGap / 2;
		for (const i of h.right) {
			xs[i] = x;
			rowOf[i] = r;
			x += items[i].w + o.hGap;
		}
		right = Math.max(right, x - o.hGap);
		rowHeights.push(Math.max(...rowsOf[r].map((i) => items[i].h)));
	});
	const first = count - reports.length;
	return {
		w: right,
		h: n.h + rowHeights.reduce((sum, h) => sum + o.layerGap + h, 0),
		anchor: trunk,
		place(x, y) {
			box(n, x + trunk - n.w / 2, y);
			const cx = x + trunk;
			const rowTop: number[] = [];
			let top = y + n.h;
			for (const h of rowHeights) {
				rowTop.push(top + o.layerGap);
				top += o.layerGap + h;
			}
			sheet.trunk(n.id, [
				[cx, y + n.h],
				[cx, rowTop[rowTop.length - 1] - o.layerGap / 2]
			]);
			items.forEach((b, i) => {
				const childTop = rowTop[rowOf[i]];
				const bus = childTop - o.layerGap / 2;
				if (i >= first) {
					const ax = x + xs[i] + b.anchor;
					line(n.id, reports[i - first].id, [
						[cx, bus],
						[cx, bus],
						[ax, bus],
						[ax, childTop]
					]);
				}
				b.place(x + xs[i], childTop);
			});
		}
	};
}

// 'column': reports that manage nobody, stacked under a trunk that comes down from the manager;
// past `maxStack` of them, in several such columns side by side (balanced, filled left to right).
export function column(sheet: Sheet, leaves: ChartNode[], manager: ChartNode): Block {
	const { o, box, line } = sheet;
	const cols = Math.max(1, Math.ceil(leaves.length / Math.max(1, o.maxStack)));
	const perColumn = Math.ceil(leaves.length / cols);
	const stacks = Array.from({ length: cols }, (_, c) =>
		leaves.slice(c * perColumn, (c + 1) * perColumn)
	);
	const colW = o.indent + Math.max(...leaves.map((l) => l.w));
	const heightOf = (stack: ChartNode[]) =>
		stack.reduce((s, l) => s + l.h, 0) + o.stackGap * (stack.length - 1);
	return {
		w: cols * colW + (cols - 1) * o.hGap,
		h: Math.max(...stacks.map(heightOf)),
		anchor: o.indent / 2,
		place(x, y) {
			const m = sheet.placed.get(manager.id)!;
			const mx = m.x + m.width / 2;
			const bus = y - o.layerGap / 2;
			stacks.forEach((stack, c) => {
				const left = x + c * (colW + o.hGap);
				const trunk = left + o.indent / 2;
				let cy = y;
				for (const l of stack) {
					box(l, left + o.indent, cy);
					const mid = cy + l.h / 2;
					line(manager.id, l.id, [
						[mx, m.y + m.height],
						[mx, bus],
						[trunk, bus],
						[trunk, mid],
						[left + o.indent, mid]
					]);
					cy += l.h + o.stackGap;
				}
			});
		}
	};
}

// 'hang': every report manages nobody; they hang beneath the manager, in two columns from four
// (or as many as `maxStack` asks for).
export function hang(sheet: Sheet, n: ChartNode, leaves: ChartNode[]): Block {
	const { o, box, line } = sheet;
	const cols =
		o.maxStack === Infinity
			? leaves.length >= 4
				? 2
				: 1
			: Math.max(1, Math.ceil(leaves.length / Math.max(1, o.maxStack)));
	const perColumn = Math.ceil(leaves.length / cols);
	const leafW = Math.max(...leaves.map((l) => l.w));
	const leafH = Math.max(...leaves.map((l) => l.h));
	return {
		w: cols * (o.indent + leafW) + (cols - 1) * o.hGap,
		h: n.h + perColumn * (o.stackGap + leafH),
		anchor: n.w / 2,
		place(x, y) {
			box(n, x, y);
			const top = y + n.h;
			leaves.forEach((l, i) => {
				const col = Math.floor(i / perColumn);
				const colX = x + col * (o.indent + leafW + o.hGap);
				const spine = colX + o.indent / 2;
				const cy = top + o.stackGap + (i % perColumn) * (leafH + o.stackGap);
				box(l, colX + o.indent, cy);
				const mid = cy + l.h / 2;
				// A second column hangs from a short rail under the manager's box.
				const start: [number, number][] =
					col === 0
						? [[spine, top]]
						: [
								[x + o.indent / 2, top],
								[x + o.indent / 2, top + o.stackGap / 2],
								[spine, top + o.stackGap / 2]
							];
				line(n.id, l.id, [...start, [spine, mid], [colX + o.indent, mid]]);
			});
		}
	};
}
