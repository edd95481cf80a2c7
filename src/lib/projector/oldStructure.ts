import { layers } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatDate, formatNumber, citeSourceText } from '$lib/words';
import { ceoSpanFigure } from './figures';
import { ceoAndReports } from './postCards';
import { CHART_AREAS, slideChart } from './slideChart';
import type { OldStructureSlide } from './types';

/** Slide 1: the structure we start from and the Chief Executive's span. */
export function oldStructureSlide(a: Structure): OldStructureSlide {
	const span = ceoSpanFigure(a);
	const { ceo, reports } = ceoAndReports(a);
	const depth = layers(a).count;
	return {
		id: 'old-structure',
		title: `Where we start: ${a.name}`,
		subtitle: `As modelled at ${formatDate(a.date)}`,
		figures: [span],
		ceo,
		reports,
		chart: slideChart(a, { area: CHART_AREAS.full, tiers: 3 }),
		notes: [
			`The Chief Executive has ${span.value} direct reports, ${span.detail}. ${span.rule}.`,
			`${formatNumber(reports.length)} posts report straight to the Chief Executive; the model has ${formatNumber(depth)} layers from the Chief Executive down.`,
			`${citeSourceText('003', 'Appendix A section 3')}: “The issue for the CEO…” — ten direct reports, eleven counting the office, against best practice of no more than five.`,
			'Where the 2020 posts are reconstructions from public records rather than the sources, the structure pages say so post by post.'
		]
	};
}
