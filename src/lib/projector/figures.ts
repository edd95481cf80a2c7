import { spanOfControl } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatNumber, citeSourceText } from '$lib/words';
import type { Figure } from './types';

/** Where the default span rules come from. */
export const SPAN_SOURCE = citeSourceText('003', 'Appendix A section 3');

/** The Chief Executive's span against the structure's rule (best practice: no more than 5). */
export function ceoSpanFigure(s: Structure): Figure {
	const { ceo } = spanOfControl(s);
	const max = s.spanRules.ceoMax;
	const over = ceo.span - max;
	return {
		key: 'ceo-span',
		value: formatNumber(ceo.span),
		label: 'direct reports to the Chief Executive',
		detail: `${formatNumber(ceo.spanWithOffice)} counting the office`,
		rule: `Best practice: no more than ${max} (${SPAN_SOURCE})`,
		verdict: over > 0 ? 'misses' : 'meets',
		verdictText: over > 0 ? `✗ ${formatNumber(over)} over best practice` : '✓ Within best practice'
	};
}

/** The average span (direct reports per manager) against the target, 1:10 by default. */
export function averageSpanFigure(s: Structure): Figure {
	const { averageSpan } = spanOfControl(s);
	const { averageTarget, averageTolerance } = s.spanRules;
	const low = averageSpan < averageTarget - averageTolerance;
	return {
		key: 'average-span',
		value: `1:${formatNumber(averageSpan, 1)}`,
		label: 'average span of control',
		detail: 'direct reports per manager in the model',
		rule: `Should be much closer to 1:${averageTarget} (${SPAN_SOURCE})`,
		verdict: low ? 'misses' : 'meets',
		verdictText: low
			? `✗ ${formatNumber(averageTarget - averageSpan, 1)} below the target`
			: '✓ Near the target'
	};
}
