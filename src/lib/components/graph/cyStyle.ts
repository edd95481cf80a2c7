import type { StylesheetJson } from 'cytoscape';
import type { ChartOptions } from '$lib/orgChart/layout';
import type { AnyLinkType, UnitGroup } from '$lib/model/types';
import { ALL_LINK_TYPES, LINK_STYLES } from '$lib/view/linkStyles';
import {
	AGGREGATE_SIZE,
	CHANGE_STYLES,
	GROUP_STYLES,
	INK,
	NODE_SIZE,
	NODE_STYLES,
	type BoxStyle
} from '$lib/view/nodeStyles';
import type { ChangeMark } from '$lib/view/graphElements';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The high-visibility focus colour (as GOV.UK uses) for the selected and found post. */
export const FOCUS = '#ffdd00';

function box(st: BoxStyle) {
	return {
		'background-color': st.fill,
		'border-color': st.border,
		'border-width': st.borderWidth,
		'border-style': st.borderStyle
	};
}

/** The smallest label size that reads on screen, in CSS pixels. */
export const READABLE_PX = 12;
/** Label size of posts, bodies and meetings, in graph units (the bands' titles are larger). */
export const GRAPH_FONT = 12;
/** The smallest zoom at which the graph's labels read: fitting never goes below it, panning instead. */
export const READABLE_ZOOM = READABLE_PX / GRAPH_FONT;

/** Label sizes of a large structure's unit graph, in graph units (≥ 12 px on screen at zoom 0.9). */
export const LARGE_FONT = { post: 13.5, aggregate: 14 } as const;

/**
 * The org-chart layout of a unit graph: boxes that manage nothing hang in two columns under their
 * manager, and more than four side by side wrap, so the council's directorates and an opened one
 * fit a laptop screen at a readable size.
 */
export const UNIT_CHART = {
	leaves: 'hang',
	maxPerRow: 4,
	centre: 'reports',
	hGap: 18
} as const satisfies Partial<ChartOptions>;

/**
 * The cytoscape stylesheet, built from the shared link and node styles. `large`: a unit graph,
 * whose labels are larger and left undrawn when too small to read (drawing thousands of unread
 * glyphs is what makes pan and zoom slow).
 */
export function graphStylesheet({ large = false }: { large?: boolean } = {}): StylesheetJson {
	const sheet: StylesheetJson = [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				'font-family': FONT,
				'font-size': GRAPH_FONT,
				color: INK,
				'text-wrap': 'wrap',
				'text-max-width': `${NODE_SIZE.width - 14}px`,
				'text-valign': 'center',
				'text-halign': 'center',
				width: NODE_SIZE.width,
				height: NODE_SIZE.height,
				shape: 'rectangle',
				...box(NODE_STYLES.post)
			}
		},
		{ selector: 'node.ceo', style: { 'border-width': 3, 'font-weight': 'bold' } },
		{
			selector: 'node.unit',
			style: { shape: 'round-rectangle', ...box(NODE_STYLES.unit), 'border-width': 4 }
		},
		{ selector: 'node.body', style: { shape: 'ellipse', ...box(NODE_STYLES.body), width: 170 } },
		{ selector: 'node.meeting', style: { shape: 'hexagon', ...box(NODE_STYLES.meeting) } },
		{ selector: 'node.status-deleted', style: box(CHANGE_STYLES.deleted) },
		...(['created', 'deleted', 'moved', 'changed'] as ChangeMark[]).map((c) => ({
			selector: `node.change-${c}`,
			style: box(CHANGE_STYLES[c])
		})),
		{
			selector: 'node.group',
			style: {
				shape: 'round-rectangle',
				'text-valign': 'top',
				'text-halign': 'center',
				'font-size': 15,
				'font-weight': 'bold',
				'text-margin-y': -6,
				padding: '22px',
				'compound-sizing-wrt-labels': 'include'
			}
		},
		...(['core', 'delivery', 'external'] as UnitGroup[]).map((g) => ({
			selector: `node.group-${g}`,
			style: box(GROUP_STYLES[g])
		})),
		{
			selector: 'edge',
			style: {
				'curve-style': 'bezier',
				'arrow-scale': 1.3,
				opacity: 0.9
			}
		},
		...ALL_LINK_TYPES.map((t: AnyLinkType) => {
			const st = LINK_STYLES[t];
			return {
				selector: `edge.${t}`,
				style: {
					'line-color': st.colour,
					'target-arrow-color': st.colour,
					width: st.width,
					'line-style': st.dash.length ? 'dashed' : 'solid',
					...(st.dash.length ? { 'line-dash-pattern': st.dash } : {}),
					'target-arrow-shape': st.arrow === 'circle' ? 'circle' : st.arrow
				}
			};
		}),
		{
			// An org chart's elbows for line management, so the tree reads at a glance.
			selector: 'edge.line-management',
			style: {
				'curve-style': 'taxi',
				'taxi-direction': 'downward',
				'taxi-turn': '30px',
				opacity: 1
			}
		},
		{
			selector: 'node.highlight',
			style: {
				'underlay-color': FOCUS,
				'underlay-opacity': 1,
				'underlay-padding': 9,
				'underlay-shape': 'round-rectangle'
			}
		},
		// The selected post's links: every type, drawn whether or not its type is switched on, above
		// the rest and with a white casing so they read over what they cross.
		{
			selector: 'edge.highlight',
			style: {
				opacity: 1,
				'z-index': 10,
				'underlay-color': '#ffffff',
				'underlay-opacity': 0.9,
				'underlay-padding': 3
			}
		},
		// The nodes at the other ends of the selection's links keep full strength, with a firmer edge.
		{ selector: 'node.neighbour', style: { 'border-width': 3 } },
		// Drag to a new line manager: the post under the dragged one gets a thick dashed frame and
		// the focus underlay, so the drop target never rests on colour alone.
		{
			selector: 'node.drop-target',
			style: {
				'border-width': 5,
				'border-style': 'dashed',
				'border-color': INK,
				'underlay-color': FOCUS,
				'underlay-opacity': 1,
				'underlay-padding': 7,
				'underlay-shape': 'round-rectangle'
			}
		},
		{ selector: 'node.dragging', style: { opacity: 0.85, 'z-index': 20 } },
		// Everything not linked to the selected post; the labels stay legible enough to find a way.
		{ selector: 'node.faded', style: { opacity: 0.3 } },
		{ selector: 'edge.faded', style: { opacity: 0.12 } },
		// A link type switched off is not drawn, unless it is one of the selected post's links.
		{ selector: 'edge.off', style: { display: 'none' } },
		{ selector: 'edge.off.highlight', style: { display: 'element' } }
	];
	if (large) {
		sheet.push(
			{ selector: 'node', style: { 'font-size': LARGE_FONT.post, 'min-zoomed-font-size': 7 } },
			{
				selector: 'node.aggregate',
				style: {
					shape: 'round-rectangle',
					...box(NODE_STYLES.aggregate),
					width: AGGREGATE_SIZE.width,
					height: AGGREGATE_SIZE.height,
					'font-size': LARGE_FONT.aggregate,
					'text-max-width': `${AGGREGATE_SIZE.width - 14}px`,
					'line-height': 1.2
				}
			},
			// Posts folded below a post of a crowded unit: a plainer box with a dashed edge.
			{
				selector: 'node.fold',
				style: { 'background-color': '#ffffff', 'border-style': 'dashed', 'border-width': 2 }
			},
			// The selected and found node keep their mark above the aggregate's own style.
			{
				selector: 'node.highlight',
				style: {
					'underlay-color': FOCUS,
					'underlay-opacity': 1,
					'underlay-padding': 9,
					'underlay-shape': 'round-rectangle'
				}
			}
		);
	}
	return sheet;
}
