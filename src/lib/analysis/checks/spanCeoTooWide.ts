import { spanOfControl } from '../spanOfControl';
import type { Check } from './types';

export const spanCeoTooWide: Check = {
	key: 'span.ceo.too-wide',
	title: 'Chief Executive’s span of control',
	severity: 'error',
	rule: (s) =>
		`The Chief Executive has no more than ${s.spanRules.ceoMax} direct reports, not counting the Chief Executive’s office.`,
	run(s) {
		const { ceo } = spanOfControl(s);
		if (ceo.span <= s.spanRules.ceoMax) return [];
		const title = s.posts.get(s.ceo)?.title ?? s.ceo;
		return [
			{
				check: this.key,
				subject: s.ceo,
				message: `${title} has ${ceo.span} direct reports (${ceo.spanWithOffice} with the office); the rule is no more than ${s.spanRules.ceoMax}.`
			}
		];
	}
};
