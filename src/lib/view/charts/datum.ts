/** One bar or column of a chart: what the chart draws and what a screen reader hears. */
export interface ChartDatum {
	/** Stable key for keyed rendering. */
	key: string;
	/** Short label on the category axis ("3", "Layer 2", a post title). */
	label: string;
	value: number;
	/** The value as shown beside the mark ("4 managers", "12 hours"). */
	valueText: string;
	/** A full sentence for screen readers and the table alternative. */
	description: string;
	/** Drawn in the highlight colour and marked with a symbol in the label. */
	highlight?: boolean;
	/** Said beside the label in the table alternative ("the Chief Executive"). */
	tableNote?: string;
}

/** A line drawn across a chart at a value, with the words that explain it. */
export interface ReferenceLine {
	value: number;
	label: string;
	/** Fewer words for the chart when the label does not fit there; the legend keeps the label. */
	shortLabel?: string;
	/** How the line is drawn, so lines are told apart without colour. */
	style?: 'solid' | 'dashed' | 'dotted';
}
