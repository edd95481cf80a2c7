import { LINK_TYPE_NAMES, type AnyLinkType, type UnitGroup } from '../model/types.ts';
import type { GraphElements, GraphNode } from './graphElements.ts';
import { LINK_STYLES, type ArrowShape } from './linkStyles.ts';
import { CHANGE_STYLES, GROUP_STYLES, INK, NODE_STYLES, type BoxStyle } from './nodeStyles.ts';
import { escapeXml as esc, num as n, svgOpen, svgPoints } from '../orgChart/svg.ts';
import { wrapText } from '../orgChart/text.ts';

/** A node's box in graph coordinates: centre x, y and its width and height (as cytoscape gives them). */
export interface NodeBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface SvgOptions {
	/** Shown as the document title and a heading above the drawing. */
	title?: string;
	padding?: number;
	/** Bend points of line-management edges, by the report's id (as the screen layout routes them). */
	routes?: Readonly<Record<string, readonly { x: number; y: number }[]>>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const FONT_SIZE = 11;
const LINE_HEIGHT = 13;
const LEGEND_ROW = 18;

/**
 * The graph as a standalone SVG document, drawn from the elements and the positions the on-screen
 * layout gave them. Edges are straight lines between box edges, styled exactly as on screen; a
 * legend of the link types drawn is added below. Elements without a position are left out.
 */
export function toSvg(
	elements: GraphElements,
	positions: Readonly<Record<string, NodeBox>>,
	options: SvgOptions = {}
): string {
	const pad = options.padding ?? 24;
	const nodes = elements.nodes.filter((n) => positions[n.data.id]);
	const edges = elements.edges.filter((e) => positions[e.data.source] && positions[e.data.target]);
	const boxes = nodes.map((n) => positions[n.data.id]);
	const minX = Math.min(...boxes.map((b) => b.x - b.w / 2), 0);
	const minY = Math.min(...boxes.map((b) => b.y - b.h / 2), 0);
	const maxX = Math.max(...boxes.map((b) => b.x + b.w / 2), 0);
	const maxY = Math.max(...boxes.map((b) => b.y + b.h / 2), 0);
	const types = [...new Set(edges.map((e) => e.data.type))];
	const titleHeight = options.title ? 28 : 0;
	const legendHeight = types.length ? 16 + types.length * LEGEND_ROW : 0;
	const left = minX - pad;
	const top = minY - pad - titleHeight;
	const width = maxX - minX + 2 * pad;
	const height = maxY - minY + 2 * pad + titleHeight + legendHeight;

	const out: string[] = [];
	out.push(
		svgOpen({
			x: left,
			y: top,
			width,
			height,
			attributes: ` font-family='${FONT}' font-size="${FONT_SIZE}"`
		})
	);
	if (options.title) out.push(`<title>${esc(options.title)}</title>`);
	out.push(`<defs>${types.map((t) => marker(t)).join('')}</defs>`);
	out.push(
		`<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`
	);
	if (options.title) {
		out.push(
			`<text x="${n(minX)}" y="${n(top + pad + 4)}" font-size="16" font-weight="600" fill="${INK}">${esc(options.title)}</text>`
		);
	}

	for (const node of nodes.filter((x) => x.data.kind === 'group')) {
		out.push(groupBox(node, positions[node.data.id]));
	}
	for (const edge of edges) {
		const a = positions[edge.data.source];
		const b = positions[edge.data.target];
		const st = LINK_STYLES[edge.data.type];
		const dash = st.dash.length ? ` stroke-dasharray="${st.dash.join(' ')}"` : '';
		const head = st.arrow === 'none' ? '' : ` marker-end="url(#arrow-${edge.data.type})"`;
		const title = `<title>${esc(LINK_TYPE_NAMES[edge.data.type])}${edge.data.via ? ` (via ${esc(edge.data.via)})` : ''}</title>`;
		const bends =
			edge.data.type === 'line-management' ? options.routes?.[edge.data.target] : undefined;
		if (bends?.length) {
			// The route leaves the source towards its first bend and enters the target from its last.
			const first = bends[0];
			const last = bends[bends.length - 1];
			const pts: [number, number][] = [
				clip(a, first.x, first.y),
				...bends.map((p): [number, number] => [p.x, p.y]),
				clip(b, last.x, last.y)
			];
			out.push(
				`<polyline class="edge ${edge.data.type}" points="${svgPoints(pts)}" fill="none" stroke="${st.colour}" stroke-width="${st.width}"${dash}${head}>${title}</polyline>`
			);
			continue;
		}
		const [x1, y1] = clip(a, b.x, b.y);
		const [x2, y2] = clip(b, a.x, a.y);
		out.push(
			`<line class="edge ${edge.data.type}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${st.colour}" stroke-width="${st.width}"${dash}${head}>${title}</line>`
		);
	}
	for (const node of nodes.filter((x) => x.data.kind !== 'group')) {
		out.push(nodeBox(node, positions[node.data.id]));
	}

	if (types.length) {
		let y = maxY + pad + 10;
		out.push(`<g class="legend">`);
		for (const t of types) {
			const st = LINK_STYLES[t];
			const dash = st.dash.length ? ` stroke-dasharray="${st.dash.join(' ')}"` : '';
			const head = st.arrow === 'none' ? '' : ` marker-end="url(#arrow-${t})"`;
			out.push(
				`<line x1="${n(minX)}" y1="${n(y)}" x2="${n(minX + 48)}" y2="${n(y)}" stroke="${st.colour}" stroke-width="${st.width}"${dash}${head}/>`,
				`<text x="${n(minX + 60)}" y="${n(y + 4)}" fill="${INK}">${esc(LINK_TYPE_NAMES[t])}: ${esc(st.description)}</text>`
			);
			y += LEGEND_ROW;
		}
		out.push(`</g>`);
	}
	out.push(`</svg>`);
	return out.join('\n');
}

function groupBox(node: GraphNode, b: NodeBox): string {
	const group = node.data.id.replace(/^group:/, '') as UnitGroup;
	const st = GROUP_STYLES[group] ?? GROUP_STYLES.core;
	const x = b.x - b.w / 2;
	const y = b.y - b.h / 2;
	return (
		`<g class="group ${group}"><rect x="${n(x)}" y="${n(y)}" width="${n(b.w)}" height="${n(b.h)}" rx="6" ${paint(st)}/>` +
		`<text x="${n(x + 8)}" y="${n(y - 6)}" font-weight="600" font-size="13" fill="${INK}">${esc(node.data.label)}</text></g>`
	);
}

function nodeBox(node: GraphNode, b: NodeBox): string {
	const kind = node.data.kind === 'group' ? 'post' : node.data.kind;
	const mark = node.data.change ?? (node.data.status === 'deleted' ? 'deleted' : undefined);
	const st = mark ? CHANGE_STYLES[mark] : NODE_STYLES[kind];
	const x = b.x - b.w / 2;
	const y = b.y - b.h / 2;
	let shape: string;
	if (kind === 'body') {
		shape = `<ellipse cx="${n(b.x)}" cy="${n(b.y)}" rx="${n(b.w / 2)}" ry="${n(b.h / 2)}" ${paint(st)}/>`;
	} else if (kind === 'meeting') {
		const i = Math.min(16, b.w / 4);
		const pts: [number, number][] = [
			[x + i, y],
			[x + b.w - i, y],
			[x + b.w, b.y],
			[x + b.w - i, y + b.h],
			[x + i, y + b.h],
			[x, b.y]
		];
		shape = `<polygon points="${svgPoints(pts)}" ${paint(st)}/>`;
	} else {
		const rx = kind === 'unit' ? 10 : 2;
		const weight = node.data.ceo ? 3 : st.borderWidth;
		shape = `<rect x="${n(x)}" y="${n(y)}" width="${n(b.w)}" height="${n(b.h)}" rx="${rx}" ${paint({ ...st, borderWidth: weight })}/>`;
	}
	const maxChars = Math.max(8, Math.floor((b.w - 12) / (FONT_SIZE * 0.55)));
	const lines = node.data.label.split('\n').flatMap((l) => {
		const wrapped = wrapText(l, maxChars);
		return wrapped.length ? wrapped : [''];
	});
	const y0 = b.y - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE / 3;
	const text = lines
		.map(
			(l, i) =>
				`<tspan x="${n(b.x)}" y="${n(y0 + i * LINE_HEIGHT)}"${i === 0 ? ' font-weight="600"' : ''}>${esc(l)}</tspan>`
		)
		.join('');
	return `<g class="node ${kind}${mark ? ` ${mark}` : ''}" data-id="${esc(node.data.id)}">${shape}<text text-anchor="middle" fill="${INK}">${text}</text></g>`;
}

function paint(st: BoxStyle): string {
	const dash =
		st.borderStyle === 'dashed'
			? ` stroke-dasharray="8 4"`
			: st.borderStyle === 'dotted'
				? ` stroke-dasharray="2 3"`
				: '';
	// SVG has no double stroke; a heavier line stands in for it.
	const width = st.borderStyle === 'double' ? st.borderWidth + 1 : st.borderWidth;
	return `fill="${st.fill}" stroke="${st.border}" stroke-width="${width}"${dash}`;
}

function marker(type: AnyLinkType): string {
	const st = LINK_STYLES[type];
	const shape = arrowPath(st.arrow, st.colour);
	return `<marker id="arrow-${type}" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">${shape}</marker>`;
}

function arrowPath(shape: ArrowShape, colour: string): string {
	switch (shape) {
		case 'triangle':
			return `<path d="M0,1 L12,6 L0,11 z" fill="${colour}"/>`;
		case 'vee':
			return `<path d="M0,1 L12,6 L0,11" fill="none" stroke="${colour}" stroke-width="2"/>`;
		case 'tee':
			return `<path d="M10,0 L10,12" stroke="${colour}" stroke-width="3"/>`;
		case 'circle':
			return `<circle cx="6" cy="6" r="5" fill="${colour}"/>`;
		case 'square':
			return `<rect x="1" y="1" width="10" height="10" fill="${colour}"/>`;
		case 'diamond':
			return `<path d="M0,6 L6,1 L12,6 L6,11 z" fill="${colour}"/>`;
		case 'none':
			return '';
	}
}

/** Where the segment from the box's centre towards (tx, ty) leaves the box. */
export function clip(b: NodeBox, tx: number, ty: number): [number, number] {
	const dx = tx - b.x;
	const dy = ty - b.y;
	if (dx === 0 && dy === 0) return [b.x, b.y];
	const sx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
	const sy = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
	const s = Math.min(sx, sy, 1);
	return [b.x + dx * s, b.y + dy * s];
}
