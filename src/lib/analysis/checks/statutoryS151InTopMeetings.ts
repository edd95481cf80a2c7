import { meetingAttendees } from '../meetingAttendees';
import { liveRoleHolders } from '../postFacts';
import type { Check, Violation } from './types';

/**
 * CIPFA, Statement on the Role of the Chief Financial Officer in Local Government: the CFO is a
 * member of the leadership team. The top management meetings are those the Chief Executive chairs
 * and those whose members are the Chief Executive and direct reports or all directors.
 */
export const statutoryS151InTopMeetings: Check = {
	key: 'statutory.s151-in-top-meetings',
	title: 'Section 151 officer sits in the top management meetings',
	severity: 'error',
	rule: () =>
		'The section 151 officer is a member of every top management meeting: those the Chief Executive chairs or that bring together the Chief Executive’s direct reports or all directors (public record: CIPFA, Statement on the Role of the Chief Financial Officer in Local Government).',
	run(s) {
		const s151 = liveRoleHolders(s).find((p) => p.statutoryRoles.includes('s151'));
		if (!s151) return [];
		const out: Violation[] = [];
		for (const m of Object.values(s.meetings)) {
			const top =
				m.chair === s.ceo ||
				m.memberRules.includes('ceo-and-direct-reports') ||
				m.memberRules.includes('all-directors');
			if (!top) continue;
			const attendees = meetingAttendees(s, m);
			if (!attendees.includes(s.ceo) || attendees.includes(s151.id)) continue;
			out.push({
				check: this.key,
				subject: m.id,
				message: `${s151.title}, the section 151 officer, is not a member of ${m.name}.`
			});
		}
		return out;
	}
};
