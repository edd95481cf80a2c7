import type { WaterfallKind, WaterfallStep } from '../analysis/index.ts';
import { formatMoney, formatMoneyChange } from '../words/index.ts';

/** Words for each kind of bar, shown on the chart and in its table, so kind never rests on colour. */
export const WATERFALL_KIND_NAMES: Record<WaterfallKind, string> = {
	'old-total': 'Old total',
	deleted: 'Deleted',
	created: 'Created',
	regraded: 'Regraded',
	'fte-changed': 'FTE changed',
	repriced: 'Re-priced',
	'new-total': 'New total'
};

export interface WaterfallRow extends WaterfallStep {
	key: string;
	kindName: string;
	/** The bar's change as text: a total in pounds, a step signed (+£192,011). */
	amount: string;
	/** Running total after the bar. */
	runningTotal: string;
	/** One sentence for screen readers and the SVG description. */
	description: string;
	total: boolean;
}

/** The core's waterfall steps, worded for the chart and its table. */
export function waterfallRows(steps: readonly WaterfallStep[]): WaterfallRow[] {
	return steps.map((step, i) => {
		const total = step.kind === 'old-total' || step.kind === 'new-total';
		const amount = total ? formatMoney(step.delta) : formatMoneyChange(step.delta);
		const kindName = WATERFALL_KIND_NAMES[step.kind];
		return {
			...step,
			key: `${i}-${step.kind}-${step.postId ?? step.label}`,
			kindName,
			amount,
			runningTotal: formatMoney(step.end),
			total,
			description: total
				? `${step.label}: ${amount}`
				: `${kindName}: ${step.label}, ${amount}, bringing the total to ${formatMoney(step.end)}`
		};
	});
}
