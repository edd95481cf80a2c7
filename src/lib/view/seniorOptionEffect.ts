import type { PlanFigures } from '$lib/establishment/seniorOptionPlan';
import { formatChange, formatMoney, formatMoneyChange, formatNumber } from '$lib/words';

/** One council-wide measure, before and after a senior option is applied, in words. */
export interface EffectRow {
	key: string;
	label: string;
	before: string;
	after: string;
	change: string;
}

/**
 * The council-wide effect of laying a senior option over an establishment, as the page shows it:
 * spans (average and managers), the Chief Executive's span, layers, posts, FTE and cost, each
 * before, after and the change.
 */
export function effectRows(before: PlanFigures, after: PlanFigures): EffectRow[] {
	const count = (key: keyof PlanFigures, label: string, dp = 0): EffectRow => ({
		key,
		label,
		before: formatNumber(before[key], dp),
		after: formatNumber(after[key], dp),
		change: formatChange(after[key] - before[key], dp)
	});
	const ceo = (f: PlanFigures) =>
		`${formatNumber(f.ceoSpan)} (${formatNumber(f.ceoSpanWithOffice)} with office)`;
	return [
		{
			key: 'averageSpan',
			label: 'Average span of control',
			before: `1:${formatNumber(before.averageSpan, 1)}`,
			after: `1:${formatNumber(after.averageSpan, 1)}`,
			change: formatChange(after.averageSpan - before.averageSpan, 2)
		},
		count('managers', 'Managers (posts with a direct report)'),
		{
			key: 'ceoSpan',
			label: 'Chief Executive’s span',
			before: ceo(before),
			after: ceo(after),
			change: formatChange(after.ceoSpan - before.ceoSpan)
		},
		count('layers', 'Layers'),
		count('posts', 'Posts'),
		count('fte', 'Full-time equivalent', 1),
		{
			key: 'annualCost',
			label: 'Full-year cost',
			before: formatMoney(before.annualCost),
			after: formatMoney(after.annualCost),
			change: formatMoneyChange(after.annualCost - before.annualCost)
		}
	];
}
