import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits } from './applyEdit';
import { editingFixture } from '$lib/testing/editingFixture';
import { applied, refused } from '$lib/testing/editChecks';

const s = editingFixture();

describe('moveService', () => {
	it('moveService moves a service to another unit and says from where', () => {
		const r = applied(s, { type: 'moveService', serviceId: 'parking', unitId: 'city-operations' });
		expect(r.structure.services['parking'].unit).toBe('city-operations');
		expect(r.description).toBe('Parking moves from Neighbourhoods to City Operations');
	});

	it('moveService refuses to leave a service in no unit, or put it in an unknown one', () => {
		expect(refused(s, { type: 'moveService', serviceId: 'parking', unitId: '' })).toBe(
			'Parking must sit in a unit; choose the unit to move it to'
		);
		expect(
			refused(s, { type: 'moveService', serviceId: 'parking', unitId: undefined as never })
		).toBe('Parking must sit in a unit; choose the unit to move it to');
		expect(refused(s, { type: 'moveService', serviceId: 'parking', unitId: 'mars' })).toMatch(
			/^there is no unit 'mars'/
		);
		expect(refused(s, { type: 'moveService', serviceId: 'parkin', unitId: 'neighbourhoods' })).toBe(
			"there is no service 'parkin'; did you mean 'parking'?"
		);
	});
});

describe('addLink and removeLink', () => {
	it('addLink adds a typed link with the file format’s default id', () => {
		const r = applied(s, {
			type: 'addLink',
			link: { type: 'assures', from: 'dcm', to: 'neighbourhoods' }
		});
		expect(r.createdId).toBe('assures:dcm->neighbourhoods');
		expect(r.structure.links['assures:dcm->neighbourhoods']).toMatchObject({
			type: 'assures',
			from: 'dcm',
			to: 'neighbourhoods'
		});
		expect(r.description).toBe('Director of City Management assures Neighbourhoods');
	});

	it('addLink refuses line management (a second line manager), duplicates, unknown ends and grades', () => {
		expect(
			refused(s, {
				type: 'addLink',
				link: { type: 'line-management' as never, from: 'dcm', to: 'ad-parking' }
			})
		).toBe(
			'a post has one line manager, set by moving the post, not by a link; move Assistant Director Parking instead, or add a dotted-line link'
		);
		expect(
			refused(s, {
				type: 'addLink',
				link: { type: 'sets-purpose-for', from: 'dcm', to: 'city-operations' }
			})
		).toBe("there is already a link 'sets-purpose-for:dcm->city-operations'");
		expect(
			refused(s, {
				type: 'addLink',
				link: { id: 'other', type: 'sets-purpose-for', from: 'dcm', to: 'city-operations' }
			})
		).toBe(
			'there is already a link: Director of City Management sets purpose and measures for City Operations'
		);
		expect(
			refused(s, { type: 'addLink', link: { type: 'supports', from: 'dcm', to: 'nowhere' } })
		).toBe("the link's to end 'nowhere' is not a post, unit, service, body or meeting");
		expect(
			refused(s, { type: 'addLink', link: { type: 'supports', from: 'jnc-director', to: 'dn' } })
		).toBe("the link's from end 'jnc-director' is not a post, unit, service, body or meeting");
		expect(refused(s, { type: 'addLink', link: { type: 'supports', from: 'dn', to: 'dn' } })).toBe(
			'Director of Neighbourhoods cannot be linked to itself'
		);
	});

	it('removeLink removes one link, and refuses an unknown one', () => {
		const r = applied(s, { type: 'removeLink', linkId: 'member-interface:cabinet->dn' });
		expect(Object.keys(r.structure.links)).toHaveLength(2);
		expect(r.description).toBe(
			'Cabinet is no longer the member interface for Director of Neighbourhoods'
		);
		expect(refused(s, { type: 'removeLink', linkId: 'x' })).toBe("there is no link 'x'");
	});
});

describe('meetings', () => {
	it('addMeeting adds a meeting with defaults', () => {
		const r = applied(s, {
			type: 'addMeeting',
			meeting: {
				name: 'Assurance group',
				cadence: 'monthly',
				lengthHours: 2,
				chair: 'dcm',
				memberRules: ['all-directors']
			}
		});
		expect(r.createdId).toBe('assurance-group');
		expect(r.structure.meetings['assurance-group']).toMatchObject({
			purpose: '',
			curators: [],
			members: [],
			feedsInto: [],
			chair: 'dcm'
		});
		expect(r.description).toBe('Assurance group is added (monthly, 2 hours)');
	});

	it('addMeeting refuses missing cadence, impossible lengths and unknown members', () => {
		const m = { name: 'X', cadence: 'monthly' as const, lengthHours: 2 };
		expect(refused(s, { type: 'addMeeting', meeting: { ...m, cadence: undefined as never } })).toBe(
			'say how often it meets: weekly, fortnightly, monthly, quarterly, annual'
		);
		expect(refused(s, { type: 'addMeeting', meeting: { ...m, lengthHours: 0 } })).toMatch(
			/^a meeting of 0 hours is not possible/
		);
		expect(refused(s, { type: 'addMeeting', meeting: { ...m, members: ['dn', 'ghost'] } })).toBe(
			"members: there is no post 'ghost'"
		);
		expect(refused(s, { type: 'addMeeting', meeting: { ...m, weekOfMonth: 5 } })).toBe(
			'week of the month 5 must be a whole number from 1 to 4'
		);
		expect(refused(s, { type: 'addMeeting', meeting: { ...m, id: 'cabinet' } })).toBe(
			"the id 'cabinet' is already used by Cabinet (bodies); choose another"
		);
	});

	it('removeMeeting removes it and what fed into it', () => {
		const r = applied(s, { type: 'removeMeeting', meetingId: 'performance-group' });
		expect(r.structure.meetings['performance-group']).toBeUndefined();
		expect(r.structure.meetings['strategy-group'].feedsInto).toEqual([]);
		expect(r.description).toBe(
			'Performance group ends; Strategy group no longer feeds into Performance group'
		);
		expect(refused(s, { type: 'removeMeeting', meetingId: 'clt' })).toBe(
			"there is no meeting 'clt'"
		);
	});

	it('updateMeeting changes cadence, length, week, chair, curators, members and rules in one step', () => {
		const r = applied(s, {
			type: 'updateMeeting',
			meetingId: 'performance-group',
			changes: {
				cadence: 'fortnightly',
				lengthHours: 1.5,
				weekOfMonth: null,
				chair: 'md-ops',
				curators: ['dn'],
				members: ['head-ceo-office', 'ad-finance'],
				memberRules: ['all-directors-and-reports']
			}
		});
		const m = r.structure.meetings['performance-group'];
		expect(m).toMatchObject({
			cadence: 'fortnightly',
			lengthHours: 1.5,
			chair: 'md-ops',
			curators: ['dn'],
			members: ['head-ceo-office', 'ad-finance'],
			memberRules: ['all-directors-and-reports']
		});
		expect(m.weekOfMonth).toBeUndefined();
		expect(r.description.split('; ')).toEqual([
			'Performance group now meets fortnightly (was monthly)',
			'Performance group now lasts 1.5 hours (was 3 hours)',
			'Performance group no longer meets in a set week of the month (was week 2)',
			'Performance group is now chaired by Managing Director: City Operations (was Director of City Management)',
			'Assistant Director Finance joins Performance group',
			'Head of Waste leaves Performance group',
			'Director of Neighbourhoods now curates Performance group',
			'Performance group now includes all directors and their direct reports',
			'Performance group no longer includes all directors'
		]);
	});

	it('updateMeeting with the same values records nothing; refuses bad values', () => {
		const same = applyEdit(s, {
			type: 'updateMeeting',
			meetingId: 'performance-group',
			changes: { cadence: 'monthly', members: ['head-ceo-office', 'head-waste'] }
		});
		expect(same.ok && same.patches).toEqual([]);
		expect(
			refused(s, {
				type: 'updateMeeting',
				meetingId: 'performance-group',
				changes: { members: ['dn', 'dn'] }
			})
		).toBe('members: Director of Neighbourhoods is listed twice');
		expect(
			refused(s, {
				type: 'updateMeeting',
				meetingId: 'performance-group',
				changes: { memberRules: ['everyone' as never] }
			})
		).toMatch(/^'everyone' is not a member rule/);
		expect(
			refused(s, {
				type: 'updateMeeting',
				meetingId: 'performance-group',
				changes: { feedsInto: ['performance-group'] }
			})
		).toBe('a meeting cannot feed into itself');
		expect(
			refused(s, {
				type: 'updateMeeting',
				meetingId: 'performance-group',
				changes: { cadence: 'daily' as never }
			})
		).toMatch(/^cadence 'daily' is not one of/);
	});
});

describe('setAssumption', () => {
	it('setAssumption sets the value and labels it as the modeller’s assumption, keeping the old source', () => {
		const r = applied(s, { type: 'setAssumption', key: 'employerPensionRate', value: 0.2 });
		expect(r.structure.assumptions.employerPensionRate.value).toBe(0.2);
		expect(r.structure.assumptions.employerPensionRate.provenance).toEqual({
			kind: 'assumption',
			note: 'Set while editing; was 19% (public record: A council pension statement)'
		});
		expect(r.description).toBe('Employer pension rate is now 20% (was 19%)');
		// A second edit keeps the note naming the original value.
		const r2 = applied(r.structure, {
			type: 'setAssumption',
			key: 'employerPensionRate',
			value: 0.21
		});
		expect(r2.structure.assumptions.employerPensionRate.provenance).toEqual(
			r.structure.assumptions.employerPensionRate.provenance
		);
	});

	it('setAssumption refuses unknown keys, rates outside 0–1, negative pounds and odd years', () => {
		expect(refused(s, { type: 'setAssumption', key: 'vat', value: 0.2 })).toMatch(
			/^there is no assumption 'vat'; use one of: employerNiRate/
		);
		expect(refused(s, { type: 'setAssumption', key: 'employerNiRate', value: 13.8 })).toBe(
			'Employer NI rate is a rate held as a fraction from 0 to 1 (0.138 for 13.8%), not 13.8'
		);
		expect(refused(s, { type: 'setAssumption', key: 'employerNiThreshold', value: -1 })).toBe(
			'Employer NI threshold cannot be negative'
		);
		expect(refused(s, { type: 'setAssumption', key: 'baseYear', value: 2020.5 })).toBe(
			'Grade points priced at must be a year such as 2020, not 2020.5'
		);
		expect(refused(s, { type: 'setAssumption', key: 'payAward', value: NaN })).toBe(
			'Pay award a year: NaN is not a number'
		);
	});
});

describe('applyEdit and applyEdits', () => {
	it('applyEdit refuses an edit type it does not know', () => {
		expect(refused(s, { type: 'fly' } as never)).toBe("'fly' is not an edit this tool knows");
	});

	it('applyEdits makes several edits one step, and nothing when any is refused', () => {
		const r = applied(s, {
			type: 'movePost',
			postId: 'ad-parking',
			newManagerId: 'md-ops'
		});
		const many = applyEdits(s, [
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' },
			{ type: 'moveService', serviceId: 'parking', unitId: 'city-operations' }
		]);
		expect(many.ok).toBe(true);
		if (!many.ok) return;
		expect(many.structure.posts.get('ad-parking')).toEqual(r.structure.posts.get('ad-parking'));
		expect(many.description).toBe(
			'Assistant Director Parking now reports to Managing Director: City Operations (was Director of Neighbourhoods); Parking moves from Neighbourhoods to City Operations'
		);
		const bad = applyEdits(s, [
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' },
			{ type: 'moveService', serviceId: 'parking', unitId: '' }
		]);
		expect(bad).toEqual({
			ok: false,
			error: 'change 2 of 2: Parking must sit in a unit; choose the unit to move it to'
		});
	});
});
