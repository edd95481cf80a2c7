import { describe, expect, it } from 'vitest';
import { toMonthCalendar, toYearCalendar } from './calendar.ts';
import { chartsFixture } from '$lib/testing/chartsFixture';

describe('toMonthCalendar', () => {
	it('toMonthCalendar puts each monthly meeting in its week and recurring ones apart', () => {
		const cal = toMonthCalendar(chartsFixture());
		expect(cal.weeks.map((w) => [w.week, w.meetings.map((m) => m.name)])).toEqual([
			[1, ['Strategy group']],
			[2, ['Performance group']],
			[3, []],
			[4, []]
		]);
		expect(cal.weeks.map((w) => w.days)).toEqual([
			'days 1–7',
			'days 8–14',
			'days 15–21',
			'days 22–28'
		]);
		expect(cal.recurring.map((m) => m.name)).toEqual(['Weekly huddle']);
		expect(cal.unscheduled.map((m) => m.name)).toEqual(['Assurance group']);
	});

	it('toMonthCalendar names the chair or the curators of each meeting', () => {
		const cal = toMonthCalendar(chartsFixture());
		expect(cal.weeks[0].meetings[0].leadText).toBe('Curated by Purpose Director');
		expect(cal.weeks[1].meetings[0].leadText).toBe('Chaired by Director of City Management');
		expect(cal.weeks[1].meetings[0].lengthText).toBe('2 hours');
	});

	it('toMonthCalendar names a chair who also curates only once', () => {
		const s = chartsFixture();
		s.meetings.performance.curators = ['dcm', 'pd'];
		const cal = toMonthCalendar(s);
		expect(cal.weeks[1].meetings[0].leadText).toBe(
			'Chaired by Director of City Management; curated by Purpose Director'
		);
	});

	it('toMonthCalendar joins several curators with commas and "and"', () => {
		const s = chartsFixture();
		s.meetings.strategy.curators = ['pd', 'dcm', 'office'];
		const cal = toMonthCalendar(s);
		expect(cal.weeks[0].meetings[0].leadText).toBe(
			'Curated by Purpose Director, Director of City Management and Head of CEO’s Office'
		);
	});
});

describe('toYearCalendar', () => {
	it('toYearCalendar lists annual then quarterly then monthly meetings, and every row covers twelve months', () => {
		const cal = toYearCalendar(chartsFixture());
		expect(cal.months[0]).toBe('April');
		expect(cal.months[11]).toBe('March');
		expect(cal.rows.map((r) => r.meeting.name)).toEqual([
			'Annual business planning',
			'EMT',
			'Strategy group',
			'Performance group',
			'Assurance group',
			'Weekly huddle'
		]);
		for (const row of cal.rows) expect(row.cells.reduce((n, c) => n + c.span, 0)).toBe(12);
	});

	it('toYearCalendar shows a quarterly meeting once in each quarter and an annual one across the year', () => {
		const cal = toYearCalendar(chartsFixture());
		const emt = cal.rows[1];
		expect(emt.cells.map((c) => c.span)).toEqual([3, 3, 3, 3]);
		expect(emt.cells[0].label).toBe('EMT: once between April and June');
		expect(cal.rows[0].cells).toEqual([
			{
				span: 12,
				text: 'Once a year',
				label: 'Annual business planning: once a year, month not set'
			}
		]);
		expect(cal.rows[3].cells[0]).toEqual({
			span: 1,
			text: '8–14 Apr',
			label: 'Performance group in April: week 2 of the month, 8–14 April'
		});
		// A monthly meeting with no week set is one cell across the year, not "Monthly" twelve times.
		expect(cal.rows[4].cells).toEqual([
			{ span: 12, text: 'Every month', label: 'Assurance group: every month, week not set' }
		]);
		expect(cal.rows[5].cells).toEqual([
			{ span: 12, text: 'Every week', label: 'Weekly huddle: every week, all year' }
		]);
	});

	it('toYearCalendar labels a monthly meeting’s week by its days in each month, never twice alike', () => {
		const strategy = toYearCalendar(chartsFixture()).rows[2];
		// Strategy group: week 1 of every month, the 1st to the 7th.
		expect(strategy.cells.map((c) => c.text)).toEqual([
			'1–7 Apr',
			'1–7 May',
			'1–7 Jun',
			'1–7 Jul',
			'1–7 Aug',
			'1–7 Sep',
			'1–7 Oct',
			'1–7 Nov',
			'1–7 Dec',
			'1–7 Jan',
			'1–7 Feb',
			'1–7 Mar'
		]);
		expect(new Set(strategy.cells.map((c) => c.text)).size).toBe(12);
	});
});
