import { describe, expect, it } from 'vitest';
import { meetingLoad, spanOfControl } from '../analysis/index.ts';
import { meetingHoursChange, meetingRows, spanChangeRows } from './compareTables.ts';
import { mappingFixture } from '$lib/testing/mappingFixture';
import type { Structure } from '../model/types.ts';

function withMeeting(s: Structure, members: string[], lengthHours: number): Structure {
	return {
		...s,
		meetings: {
			clt: {
				id: 'clt',
				name: 'CLT',
				purpose: 'Leadership',
				cadence: 'fortnightly',
				lengthHours,
				curators: [],
				members,
				memberRules: [],
				feedsInto: [],
				provenance: { kind: 'assumption', note: 'test' }
			}
		}
	};
}

describe('spanChangeRows', () => {
	it('lines up each manager’s span before and after, gone managers last', () => {
		const a = mappingFixture();
		const b = mappingFixture();
		b.posts = new Map(b.posts).set('md-ops', { ...b.posts.get('md-ops')!, reportsTo: 'dcm' });
		const rows = spanChangeRows(spanOfControl(a), spanOfControl(b), a, b);
		// Before: CEO manages office, DCM, MD (3). After: CEO 2 (office, DCM), DCM 1 (MD).
		expect(rows.map((r) => [r.postId, r.before, r.after, r.change])).toEqual([
			['ceo', 3, 2, '−1'],
			['dcm', undefined, 1, '+1']
		]);
	});
});

describe('meetingRows', () => {
	it('words the core’s meeting load and the change in people-hours', () => {
		const a = withMeeting(mappingFixture(), ['ceo', 'dcm'], 2);
		const b = withMeeting(mappingFixture(), ['ceo', 'dcm', 'md-ops'], 2);
		const la = meetingLoad(a);
		const lb = meetingLoad(b);
		const rows = meetingRows(a, la);
		// Fortnightly is 26/12 a month: 2 hours × 26/12 = 4.33 hours each; 2 people = 8.7 people-hours.
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			name: 'CLT',
			cadence: 'fortnightly',
			attendees: 2,
			peopleHoursPerMonth: '8.7'
		});
		// One more attendee adds 4.3 people-hours a month.
		expect(meetingHoursChange(la, lb)).toBe('+4.3 people-hours a month');
	});
});
