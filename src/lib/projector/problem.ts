import { joiningUp } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatNumber, citeSourceText } from '$lib/words';
import { averageSpanFigure, ceoSpanFigure } from './figures';
import type { Figure, ProblemSlide } from './types';

const MAX_PAIRS = 6;

/** Slide 2: spans against best practice, and the pairs of departments that meet only at the CEO. */
export function problemSlide(a: Structure): ProblemSlide {
	const ceo = ceoSpanFigure(a);
	const average = averageSpanFigure(a);
	const joins = joiningUp(a);
	const name = (id: string) => a.units[id]?.name ?? id;
	const onlyAtCeo = joins.pairs.filter((p) => p.meetsOnlyAtCeo);
	const fulcrum: Figure = {
		key: 'only-at-ceo',
		value: formatNumber(joins.onlyAtCeo),
		label: `of ${formatNumber(joins.pairs.length)} pairs of departments meet only at the Chief Executive`,
		detail: 'no post below the Chief Executive manages both',
		rule: `The CEO is “the personal fulcrum for all issues that fall between silos” (${citeSourceText('003', 'Appendix A section 3')})`,
		verdict: joins.onlyAtCeo > 0 ? 'misses' : 'meets',
		verdictText:
			joins.onlyAtCeo > 0
				? '✗ Every such issue goes to the Chief Executive'
				: '✓ Each pair meets below the Chief Executive'
	};
	return {
		id: 'problem',
		title: 'The problem',
		subtitle:
			'Spans against best practice, and issues between departments with nowhere to go but the top',
		figures: [ceo, average, fulcrum],
		pairs: onlyAtCeo.slice(0, MAX_PAIRS).map((p) => `${name(p.a)} and ${name(p.b)}`),
		morePairs: Math.max(0, onlyAtCeo.length - MAX_PAIRS),
		notes: [
			`Chief Executive: ${ceo.value} direct reports (${ceo.detail}). ${ceo.rule}.`,
			`Average span: ${average.value} in the model. ${average.rule}; the Cabinet report gives the council-wide average as 1:6.`,
			`${fulcrum.value} of ${formatNumber(joins.pairs.length)} pairs of delivery departments have no common manager below the Chief Executive: anything that falls between them lands on the CEO's desk.`,
			`${citeSourceText('003', 'Appendix A section 3')} also notes that departments set their own standards and measures and assess themselves.`
		]
	};
}
