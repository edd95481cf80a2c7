import {
	compareStructures,
	joiningUp,
	layers,
	meetingLoad,
	runChecks,
	spanOfControl
} from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatMoneyChange, formatNumber } from '$lib/words';
import { ceoAndReports } from './postCards';
import { CHART_AREAS, slideChart } from './slideChart';
import type { WhatIfMetric, WhatIfSlide } from './types';

interface Measures {
	ceoSpan: number;
	averageSpan: number;
	layers: number;
	onlyAtCeo: number;
	failedChecks: number;
	costChange: number;
	peopleHours: number;
}

/** The numbers the what-if slide shows, every one from the core. */
export function whatIfMeasures(a: Structure, b: Structure): Measures {
	const span = spanOfControl(b);
	return {
		ceoSpan: span.ceo.span,
		averageSpan: span.averageSpan,
		layers: layers(b).count,
		onlyAtCeo: joiningUp(b).onlyAtCeo,
		failedChecks: runChecks(b).reduce((n, c) => n + c.violations.length, 0),
		costChange: compareStructures(a, b).annualCostChange,
		peopleHours: meetingLoad(b).peopleHoursPerMonth
	};
}

interface MetricDef {
	key: keyof Measures;
	label: string;
	/** For the tile on the projector. */
	short: string;
	format: (n: number) => string;
	change: (d: number) => string;
}

const count = (n: number) => formatNumber(n);
const countChange = (d: number) => formatNumber(Math.abs(d));

const METRICS: MetricDef[] = [
	{
		key: 'ceoSpan',
		label: 'Chief Executive’s direct reports (without the office)',
		short: 'CEO’s direct reports',
		format: count,
		change: countChange
	},
	{
		key: 'averageSpan',
		label: 'Average span of control',
		short: 'Average span',
		format: (n) => `1:${formatNumber(n, 1)}`,
		change: (d) => formatNumber(Math.abs(d), 1)
	},
	{ key: 'layers', label: 'Layers', short: 'Layers', format: count, change: countChange },
	{
		key: 'onlyAtCeo',
		label: 'Pairs of Delivery Functions meeting only at the CEO',
		short: 'Pairs meeting only at the CEO',
		format: count,
		change: countChange
	},
	{
		key: 'failedChecks',
		label: 'Failed checks',
		short: 'Failed checks',
		format: count,
		change: countChange
	},
	{
		key: 'costChange',
		label: 'Change in full-year cost from the old structure',
		short: 'Cost change a year',
		format: (n) => formatMoneyChange(n),
		change: (d) => formatMoneyChange(Math.abs(d)).replace('+', '')
	},
	{
		key: 'peopleHours',
		label: 'People-hours a month in meetings',
		short: 'Meeting people-hours a month',
		format: count,
		change: countChange
	}
];

/**
 * Slide 8: "what if" — the facilitator moves a Managing Director or a service and these numbers
 * update. `start` is the structure as loaded, `now` the structure with the room's edits.
 */
export function whatIfSlide(a: Structure, start: Structure, now: Structure): WhatIfSlide {
	const m0 = whatIfMeasures(a, start);
	const m1 = start === now ? m0 : whatIfMeasures(a, now);
	const metrics: WhatIfMetric[] = METRICS.map((def) => {
		const startValue = m0[def.key];
		const nowValue = m1[def.key];
		// Compared as shown, so a change too small to show does not read as a change.
		const changed = def.format(startValue) !== def.format(nowValue);
		const d = nowValue - startValue;
		return {
			key: def.key,
			label: def.label,
			short: def.short,
			start: def.format(startValue),
			now: def.format(nowValue),
			changed,
			changeText: changed ? `${d > 0 ? '▲ up' : '▼ down'} ${def.change(d)}` : 'no change',
			startValue,
			nowValue
		};
	});
	const { ceo, reports } = ceoAndReports(now);
	return {
		id: 'what-if',
		title: 'What if…?',
		// Short enough to sit beside the title, so the chart has the height for the deck's body size.
		subtitle: 'Drag a post onto its new line manager, or move one here, and watch the numbers',
		metrics,
		ceo,
		reports,
		// Three tiers where they fit, so more of the structure can be dragged; two at the least.
		chart: slideChart(now, { area: CHART_AREAS.whatIf, tiers: 3, compact: true }),
		notes: [
			'Take a suggestion from the room: drag a post’s box onto its new line manager on the chart (or choose both under Move post), or choose a service and its new unit (Move service).',
			'Every figure on this and the other slides is recomputed from the model at once. Undo puts the last move back; Keep as scenario saves the moves as a new scenario in the library.',
			`As loaded: the Chief Executive has ${metrics[0].start} direct reports; ${metrics[3].start} pairs of Delivery Functions meet only at the Chief Executive.`
		]
	};
}
