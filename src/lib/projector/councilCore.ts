import type { Structure } from '$lib/model/types';
import { formatNumber, citeSourceText } from '$lib/words';
import { ceoSpanFigure } from './figures';
import { directReports, postCard } from './postCards';
import { CHART_AREAS, slideChart } from './slideChart';
import type { CouncilCoreSlide } from './types';

/**
 * Slide 3: the Council Core — the Chief Executive's reports that sit in the Core, each with the
 * posts it manages (003, section 3.3 and Appendix A section 3).
 */
export function councilCoreSlide(b: Structure): CouncilCoreSlide {
	const span = ceoSpanFigure(b);
	const core = directReports(b, b.ceo).filter(
		(id) => b.units[b.posts.get(id)!.unit]?.group === 'core'
	);
	const posts = core.map((id) => postCard(b, id));
	const inCore = new Set(
		[...b.posts.values()].filter((p) => b.units[p.unit]?.group === 'core').map((p) => p.id)
	);
	return {
		id: 'council-core',
		title: 'The Council Core',
		subtitle:
			'Sets direction and purpose, joins up, holds delivery to account, runs support and governance',
		figures: [span],
		posts,
		chart: slideChart(b, { area: CHART_AREAS.besideTile, tiers: 3, only: inCore }),
		notes: [
			`${formatNumber(posts.length)} posts in the Council Core report to the Chief Executive in “${b.name}”.`,
			`Chief Executive’s span: ${span.value} (${span.detail}). ${span.rule}.`,
			`${citeSourceText('003', 'section 3.3', 'Appendix A section 3')}: the Director of City Management is the section 151 officer; the Purpose Directors set purpose, objectives and measures for the Delivery Functions.`,
			`The Commonwealth Games Director keeps reporting to the Chief Executive for 18 to 24 months (${citeSourceText('003', 'Appendix A section 3')}).`
		]
	};
}
