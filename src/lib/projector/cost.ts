import { compareStructures, fromPence, structureCost, toPence } from '$lib/analysis';
import { FUNDING_SOURCE_NAMES, FUNDING_SOURCES, type Structure } from '$lib/model/types';
import { formatMoney, formatMoneyChange, formatNumber, citeSourceText } from '$lib/words';
import type { CostLine, CostSlide, Figure } from './types';

/** Slide 7: the change in full-year cost, post by post, against the stated +£0.51m (003 7.3.1). */
export function costSlide(a: Structure, b: Structure): CostSlide {
	const c = compareStructures(a, b);
	const steps = c.diff.cost.steps;
	const sum = (kinds: string[]) =>
		fromPence(
			steps.filter((s) => kinds.includes(s.kind)).reduce((n, s) => n + toPence(s.delta), 0)
		);
	const deleted = sum(['deleted']);
	const created = sum(['created']);
	const other = sum(['regraded', 'fte-changed', 'repriced']);
	const before = structureCost(a).byFunding;
	const after = structureCost(b).byFunding;
	const funding = FUNDING_SOURCES.map((src) => ({
		src,
		change: fromPence(toPence(after[src]) - toPence(before[src]))
	}))
		.filter((f) => f.change !== 0)
		.map((f) => `${FUNDING_SOURCE_NAMES[f.src]} ${formatMoneyChange(f.change)}`);
	const r = c.reconciliation;
	const figures: Figure[] = [
		{
			key: 'cost-change',
			value: formatMoneyChange(c.annualCostChange),
			label: 'change in full-year cost',
			detail: funding.join('; ') || 'No change by funding source',
			verdict: 'info'
		}
	];
	if (r.stated !== null && r.difference !== null)
		figures.push({
			key: 'stated',
			value: formatMoneyChange(r.stated),
			label: 'a year stated in the Cabinet report',
			detail: `Difference ${formatMoneyChange(r.difference)}`,
			rule: `${citeSourceText('003', '2.2', '7.3.1')}: in the MTFP from 2021/22, funded from HRA and General Fund`,
			verdict: 'info',
			verdictText:
				r.difference === 0
					? 'The model matches the stated figure'
					: `The model is ${formatMoney(Math.abs(r.difference))} ${r.difference > 0 ? 'above' : 'below'} it`
		});
	const lines: CostLine[] = [
		{ label: 'Full-year cost before', value: formatMoney(c.diff.cost.before), kind: 'total' },
		{
			label: `${formatNumber(c.postsDeleted)} ${c.postsDeleted === 1 ? 'post' : 'posts'} deleted`,
			value: formatMoneyChange(deleted),
			kind: 'down'
		},
		{
			label: `${formatNumber(c.postsCreated)} ${c.postsCreated === 1 ? 'post' : 'posts'} created`,
			value: formatMoneyChange(created),
			kind: 'up'
		}
	];
	if (other !== 0)
		lines.push({
			label: 'Regrading and re-pricing',
			value: formatMoneyChange(other),
			kind: other > 0 ? 'up' : 'down'
		});
	lines.push({
		label: 'Full-year cost after',
		value: formatMoney(c.diff.cost.after),
		kind: 'total'
	});
	return {
		id: 'cost',
		title: 'The cost',
		subtitle:
			'Full-year establishment cost of the senior posts, from grade points and on-cost assumptions',
		figures,
		lines,
		notes: [
			...r.explanation,
			'The costed-options report (/report) lists every post, grade point and assumption behind these totals.'
		]
	};
}
