import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { makeStructure, meeting, post } from '$lib/testing/structure';
import { meetingAttendees } from './meetingAttendees';
import { meetingLoad } from './meetingLoad';

describe('meetingAttendees', () => {
	it('meetingAttendees expands rules, adds chair, curators and members once each', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('d1', 'D1', { reportsTo: 'ceo', director: true }),
				post('d2', 'D2', { reportsTo: 'ceo', director: true }),
				post('r1', 'R1', { reportsTo: 'd1' }),
				post('r2', 'R2', { reportsTo: 'r1' }),
				post('gone', 'Gone', { reportsTo: 'd2', status: 'deleted' })
			],
			meetings: []
		});
		const m = meeting('m', 'M', {
			chair: 'd1',
			curators: ['d2'],
			members: ['r2', 'gone', 'unknown']
		});
		expect(meetingAttendees(s, { ...m, memberRules: ['all-directors'] })).toEqual([
			'd1',
			'd2',
			'r2'
		]);
		expect(
			meetingAttendees(s, { ...m, members: [], memberRules: ['all-directors-and-reports'] })
		).toEqual(['d1', 'd2', 'r1']);
		expect(
			meetingAttendees(s, {
				...m,
				chair: undefined,
				curators: [],
				members: [],
				memberRules: ['ceo-and-direct-reports']
			})
		).toEqual(['ceo', 'd1', 'd2']);
	});
});

describe('meetingLoad', () => {
	it('meetingLoad gives hours, people-hours and cost of a weekly CLT', () => {
		const report = meetingLoad(clt2020());
		const clt = report.meetings.find((m) => m.meetingId === 'clt')!;
		// CEO and its 11 direct reports (office included) = 12 attendees.
		expect(clt.attendees).toHaveLength(12);
		// weekly: 52 / 12 = 4.333… occurrences; 3 hours each → 13 hours a month.
		expect(clt.occurrencesPerMonth).toBeCloseTo(52 / 12, 12);
		expect(clt.hoursPerMonth).toBeCloseTo(13, 12);
		expect(clt.peopleHoursPerMonth).toBeCloseTo(156, 12);
		// Annual cost of the attendees: 228,610.94 + 91,747.26 + 10 × 192,011.26 = 2,240,470.80
		// ÷ 1,650 productive hours = £1,357.8611 an hour for the room; × 13 hours = 17,652.1942 → £17,652.19 a month
		expect(clt.costPerMonth).toBe(17652.19);
		// × 12 = 211,826.3302 → £211,826.33 a year
		expect(clt.costPerYear).toBe(211826.33);
	});

	it('meetingLoad adds up hours by post and in total', () => {
		const report = meetingLoad(clt2020());
		// EMT: quarterly, 2 hours, all ten directors: 2/3 hour a month each.
		const emt = report.meetings.find((m) => m.meetingId === 'emt')!;
		expect(emt.attendees).toHaveLength(10);
		expect(emt.hoursPerMonth).toBeCloseTo(2 / 3, 12);
		// A director attends both: 13 + 2/3 hours a month; the office only CLT: 13.
		expect(report.hoursPerMonthByPost['director-hr']).toBeCloseTo(13 + 2 / 3, 12);
		expect(report.hoursPerMonthByPost['head-ceo-office']).toBeCloseTo(13, 12);
		expect(report.hoursPerMonthByPost['ad-neighbourhoods-1']).toBeUndefined();
		// 156 + 10 × 2/3 = 162.666…
		expect(report.peopleHoursPerMonth).toBeCloseTo(156 + 20 / 3, 12);
	});
});
