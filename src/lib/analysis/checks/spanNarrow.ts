import { spanOfControl } from '../spanOfControl';
import type { Check } from './types';

export const spanNarrow: Check = {
	key: 'span.narrow',
	title: 'Narrow spans of control',
	severity: 'warning',
	rule: (s) => `Each manager has at least ${s.spanRules.narrowBelow} direct reports.`,
	run(s) {
		const out = [];
		for (const m of spanOfControl(s).managers)
			if (m.flags.includes('narrow'))
				out.push({
					check: this.key,
					subject: m.postId,
					message: `${m.title} has ${m.span} direct report${m.span === 1 ? '' : 's'}, fewer than ${s.spanRules.narrowBelow}.`
				});
		return out;
	}
};
