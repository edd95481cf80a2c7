/** The org-chart layout's inputs, outputs and options (layout.ts lays it out). */
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
	/** 'compact' (for a screen): hang as 'hang' does, and otherwise stack as 'column' does. */
	leaves: 'column' | 'hang' | 'compact';
	/**
	 * Most reports stacked in one column before another starts beside it ('column', and 'hang',
	 * which without a limit hangs two columns from four).
	 */
	maxStack: number;
	/** Most reports side by side before they wrap into rows either side of a trunk. */
	maxPerRow: number;
	/** Gap either side of the trunk of wrapped rows. */
	trunkGap: number;
	/** A manager centred over its reports' whole row ('row') or between its first and last report. */
	centre: 'row' | 'reports';
	bandGap: number;
	/** Widest line of trees in a band before the next tree starts a new line. */
	maxRowWidth: number;
	/** Bands holding no posts (bodies, meetings): stacked below the posts, or in columns beside them. */
	lanes: 'below' | 'beside';
	/** Band ids in the order they stack. */
	bandOrder: readonly string[];
	/** Draw only this node's tree, from (0, 0). */
	root?: string;
}

/** The graph page's layout. */
export const GRAPH_CHART: ChartOptions = {
	hGap: 16,
	layerGap: 34,
	stackGap: 8,
	indent: 20,
	leaves: 'column',
	maxStack: Infinity,
	maxPerRow: Infinity,
	trunkGap: 24,
	centre: 'row',
	// Room for the bands' frames and titles, with the bus to a band's roots between them.
	bandGap: 96,
	maxRowWidth: 1700,
	lanes: 'below',
	bandOrder: []
};

/** The printed chart's layout (the JNC report, the deck): tighter, wrapping a wide span. */
export const PRINT_CHART: ChartOptions = {
	hGap: 12,
	layerGap: 30,
	stackGap: 7,
	indent: 18,
	leaves: 'hang',
	maxStack: Infinity,
	maxPerRow: 6,
	trunkGap: 24,
	centre: 'reports',
	bandGap: 120,
	maxRowWidth: Infinity,
	lanes: 'below',
	bandOrder: []
};
