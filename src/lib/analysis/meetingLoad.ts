import { OCCURRENCES_PER_MONTH } from '../model/types';
import type { Structure } from '../model/types';
import { costArrays } from './cost';
import { meetingAttendees } from './meetingAttendees';
import { memoisePerStructure } from './memo';
import { fromPence } from './money';
import { orgIndex } from './orgIndex';

export interface MeetingLoad {
	meetingId: string;
	name: string;
	attendees: string[];
	occurrencesPerMonth: number;
	/** Hours of one attendee a month: length × occurrences a month. */
	hoursPerMonth: number;
	/** hoursPerMonth × number of attendees. */
	peopleHoursPerMonth: number;
	/** Σ attendees' hourly cost × hoursPerMonth, to the penny. */
	costPerMonth: number;
	/** costPerMonth × 12, to the penny. */
	costPerYear: number;
}

export interface MeetingLoadReport {
	meetings: MeetingLoad[];
	/** Hours a month each attending post spends in the rhythm (posts attending nothing are absent). */
	hoursPerMonthByPost: Record<string, number>;
	/** Total people-hours a month across all meetings. */
	peopleHoursPerMonth: number;
	/** The assumption the costs rest on. */
	productiveHoursPerYear: number;
}

/**
 * Time and cost of the meeting rhythm. An attendee's hourly cost is the post's full-year employer
 * cost over the productive-hours-a-year assumption (e.g. £192,011.26 / 1,650 h = £116.37 an hour);
 * occurrences a month come from the cadence (weekly 52/12, fortnightly 26/12, monthly 1,
 * quarterly 1/3, annual 1/12).
 */
export const meetingLoad: (s: Structure) => MeetingLoadReport = memoisePerStructure(computeLoad);

function computeLoad(s: Structure): MeetingLoadReport {
	const index = orgIndex(s);
	const totals = costArrays(s).total;
	const productiveHours = s.assumptions.productiveHoursPerYear.value;
	const hoursPerMonthByPost: Record<string, number> = {};
	const meetings: MeetingLoad[] = [];
	let peopleHoursPerMonth = 0;
	for (const meeting of Object.values(s.meetings)) {
		const attendees = meetingAttendees(s, meeting);
		const occurrencesPerMonth = OCCURRENCES_PER_MONTH[meeting.cadence];
		const hoursPerMonth = meeting.lengthHours * occurrencesPerMonth;
		let annualCostPence = 0;
		for (const id of attendees) {
			annualCostPence += totals[index.position.get(id)!];
			hoursPerMonthByPost[id] = (hoursPerMonthByPost[id] ?? 0) + hoursPerMonth;
		}
		// Σ (annual cost / productive hours) × hours a month, kept in pence until the end.
		const monthPence =
			productiveHours > 0 ? (annualCostPence / productiveHours) * hoursPerMonth : 0;
		const people = hoursPerMonth * attendees.length;
		peopleHoursPerMonth += people;
		meetings.push({
			meetingId: meeting.id,
			name: meeting.name,
			attendees,
			occurrencesPerMonth,
			hoursPerMonth,
			peopleHoursPerMonth: people,
			costPerMonth: fromPence(Math.round(monthPence)),
			costPerYear: fromPence(Math.round(monthPence * 12))
		});
	}
	return {
		meetings,
		hoursPerMonthByPost,
		peopleHoursPerMonth,
		productiveHoursPerYear: productiveHours
	};
}
