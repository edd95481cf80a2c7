import type { Meeting, Structure } from '../../model/types';
import { deliveryLead, unitTargets } from '../deliveryLead';
import { linksInto } from '../linksInto';
import { meetingAttendees } from '../meetingAttendees';
import { deliveryFunctions } from './deliveryFunctions';
import type { Check, Violation } from './types';

/**
 * A meeting assures when it is the source of an 'assures' link, or when its name or purpose says
 * assurance (the model has no meeting type, and the 2021 assurance group is described in words).
 */
function assuringMeetings(s: Structure): Meeting[] {
	const fromAssures = new Set(
		Object.values(s.links)
			.filter((l) => l.type === 'assures')
			.map((l) => l.from)
	);
	return Object.values(s.meetings).filter(
		(m) => fromAssures.has(m.id) || /assur/i.test(m.name) || /assur/i.test(m.purpose)
	);
}

export const deliveryAssuranceRoute: Check = {
	key: 'delivery.assurance-route',
	title: 'An assurance route for each delivery function',
	severity: 'error',
	rule: () =>
		'Each delivery function has an “assures” link into it or its head post, or its head (or, with no head, the post that commissions it) attends a meeting that assures.',
	run(s) {
		const out: Violation[] = [];
		const meetings = assuringMeetings(s).map((m) => ({ m, attendees: meetingAttendees(s, m) }));
		for (const unit of deliveryFunctions(s)) {
			if (unitTargets(s, unit).some((t) => linksInto(s, t, 'assures').length > 0)) continue;
			const lead = deliveryLead(s, unit);
			if (lead && meetings.some(({ attendees }) => attendees.includes(lead))) continue;
			out.push({
				check: this.key,
				subject: unit.id,
				message: `${unit.name} has no assurance route: nothing assures it and ${lead ? 'its lead post attends no assurance meeting' : 'it has no head or commissioner to attend one'}.`
			});
		}
		return out;
	}
};
