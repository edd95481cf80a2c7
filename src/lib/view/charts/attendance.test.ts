import { describe, expect, it } from 'vitest';
import { toAttendanceMatrix, toHoursBars } from './attendance.ts';
import { chartsFixture } from '$lib/testing/chartsFixture';

const load = {
	meetings: [
		{ meetingId: 'strategy', attendees: ['ceo', 'dcm', 'pd', 'md'] },
		{ meetingId: 'performance', attendees: ['ceo', 'dcm', 'pd', 'md'] },
		{ meetingId: 'huddle', attendees: ['ceo', 'office'] }
	],
	hoursPerMonthByPost: { ceo: 8.33, office: 4.33, dcm: 4, pd: 4, md: 4, hos: 0 }
};

describe('toAttendanceMatrix', () => {
	it('toAttendanceMatrix marks chairs and curators apart from members', () => {
		const m = toAttendanceMatrix(chartsFixture(), load);
		expect(m.meetings.map((x) => x.name)).toEqual([
			'Strategy group',
			'Performance group',
			'Weekly huddle'
		]);
		const byPost = Object.fromEntries(m.rows.map((r) => [r.postId, r.cells]));
		expect(byPost.ceo).toEqual(['member', 'member', 'chair']);
		expect(byPost.dcm).toEqual(['member', 'chair', null]);
		expect(byPost.pd).toEqual(['curator', 'member', null]);
		expect(byPost.office).toEqual([null, null, 'member']);
	});

	it('toAttendanceMatrix leaves out posts that attend nothing and keeps their hours', () => {
		const m = toAttendanceMatrix(chartsFixture(), load);
		expect(m.rows.map((r) => r.postId)).toEqual(['ceo', 'office', 'dcm', 'pd', 'md']);
		expect(m.rows[0]).toMatchObject({ title: 'Chief Executive', hoursPerMonth: 8.33 });
	});
});

describe('toHoursBars', () => {
	it('toHoursBars lists the busiest post first and drops posts with no meetings', () => {
		const bars = toHoursBars(chartsFixture(), load.hoursPerMonthByPost);
		expect(bars.map((b) => b.key)).toEqual(['ceo', 'office', 'dcm', 'pd', 'md']);
		expect(bars[0]).toMatchObject({
			label: 'Chief Executive',
			valueText: '8.3 hours',
			description: 'Chief Executive: 8.3 hours a month'
		});
	});
});
