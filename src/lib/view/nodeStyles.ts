import type { NodeKind, ChangeMark } from './graphElements.ts';
import type { UnitGroup } from '../model/types.ts';
import { OKABE_ITO } from './charts/palette.ts';

/**
 * How nodes are drawn, shared by the cytoscape stylesheet and the SVG export. A change is shown by
 * border pattern and a word on the node (NEW, DELETED…) as well as by colour.
 */
export type BorderStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export interface BoxStyle {
	fill: string;
	border: string;
	borderWidth: number;
	borderStyle: BorderStyle;
	/** The mark in words, for the legend. */
	description: string;
}

export const INK = '#1a1a1a';

export const NODE_STYLES: Record<Exclude<NodeKind, 'group'>, BoxStyle> = {
	post: {
		fill: '#ffffff',
		border: '#3d4756',
		borderWidth: 1.5,
		borderStyle: 'solid',
		description: 'a post: rectangle'
	},
	unit: {
		fill: '#f3f3f3',
		border: '#3d4756',
		borderWidth: 2,
		borderStyle: 'double',
		description: 'a unit with no council post at its head: rounded box, double border'
	},
	body: {
		fill: '#fff8e8',
		border: '#6b5a2e',
		borderWidth: 1.5,
		borderStyle: 'solid',
		description: 'a member or partnership body: oval'
	},
	meeting: {
		fill: '#eef4fb',
		border: '#2d4f73',
		borderWidth: 1.5,
		borderStyle: 'solid',
		description: 'a meeting: hexagon'
	},
	aggregate: {
		fill: '#eef2f7',
		border: '#3d4756',
		borderWidth: 3,
		borderStyle: 'solid',
		description: 'a whole unit (select to open it): rounded box, thick border, with its figures'
	}
};

export const CHANGE_STYLES: Record<ChangeMark, BoxStyle> = {
	created: {
		fill: '#e3f4ec',
		border: OKABE_ITO.bluishGreen,
		borderWidth: 5,
		borderStyle: 'double',
		description: 'double border, marked NEW'
	},
	deleted: {
		fill: '#fbe8de',
		border: OKABE_ITO.vermillion,
		borderWidth: 3,
		borderStyle: 'dashed',
		description: 'dashed border, marked DELETED'
	},
	moved: {
		fill: '#e2eef8',
		border: OKABE_ITO.blue,
		borderWidth: 4,
		borderStyle: 'dotted',
		description: 'dotted border, marked MOVED (new manager or unit)'
	},
	changed: {
		fill: '#fdf1d8',
		border: '#9a6a00',
		borderWidth: 4,
		borderStyle: 'solid',
		description: 'thick border, marked CHANGED (retitled or regraded)'
	}
};

export const GROUP_STYLES: Record<UnitGroup, BoxStyle> = {
	core: {
		fill: '#eef2f7',
		border: '#5b6b82',
		borderWidth: 1.5,
		borderStyle: 'solid',
		description: 'Council Core: solid outline'
	},
	delivery: {
		fill: '#f3f1ea',
		border: '#6e6650',
		borderWidth: 1.5,
		borderStyle: 'dashed',
		description: 'Delivery Functions: dashed outline'
	},
	external: {
		fill: '#f5eff4',
		border: '#74566d',
		borderWidth: 1.5,
		borderStyle: 'dotted',
		description: 'External bodies: dotted outline'
	}
};

/** The size posts are drawn at, in graph units, so the layout and the SVG export match the screen. */
export const NODE_SIZE = { width: 190, height: 58 } as const;
/** A unit of a large establishment: its name and three lines of figures. */
export const AGGREGATE_SIZE = { width: 210, height: 92 } as const;

/** The size of each kind of node (bodies are ovals, a little narrower). */
export function nodeSize(kind: string): { width: number; height: number } {
	if (kind === 'aggregate') return AGGREGATE_SIZE;
	return kind === 'body' ? { width: 170, height: NODE_SIZE.height } : NODE_SIZE;
}
