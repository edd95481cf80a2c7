import { spanOfControl } from '../spanOfControl';
import type { Check } from './types';
import { formatDecimal } from '../../words';

const oneDecimal = (n: number) => formatDecimal(n, 1);

export const spanAverageBelowTarget: Check = {
	key: 'span.average.below-target',
	title: 'Average span of control',
	severity: 'error',
	rule: (s) =>
		`The average span of managers is at least ${oneDecimal(s.spanRules.averageTarget - s.spanRules.averageTolerance)} (target 1:${oneDecimal(s.spanRules.averageTarget)}, tolerance ${oneDecimal(s.spanRules.averageTolerance)}).`,
	run(s) {
		const { averageSpan, managers } = spanOfControl(s);
		const floor = s.spanRules.averageTarget - s.spanRules.averageTolerance;
		if (managers.length === 0 || averageSpan >= floor) return [];
		return [
			{
				check: this.key,
				subject: s.id,
				message: `The average span is 1:${oneDecimal(averageSpan)} over ${managers.length} managers, below ${oneDecimal(floor)} (target 1:${oneDecimal(s.spanRules.averageTarget)}).`
			}
		];
	}
};
