import { describe, expect, it } from 'vitest';
import { applyEdit } from './applyEdit';
import { editingFixture } from '$lib/testing/editingFixture';
import { applied, refused } from '$lib/testing/editChecks';

const s = editingFixture();

describe('movePost', () => {
	it('movePost gives the post a new line manager and says who it reported to', () => {
		const r = applied(s, { type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' });
		expect(r.structure.posts.get('ad-parking')!.reportsTo).toBe('md-ops');
		expect(r.description).toBe(
			'Assistant Director Parking now reports to Managing Director: City Operations (was Director of Neighbourhoods)'
		);
		// Only the moved post's record changed; the rest are shared with the original.
		expect(r.structure.posts.get('dn')).toBe(s.posts.get('dn'));
		expect(r.patches).toEqual([
			{ op: 'replace', path: ['posts', 'ad-parking', 'reportsTo'], value: 'md-ops' }
		]);
	});

	it('movePost returns a snapshot whose records are frozen, as the original’s were', () => {
		const r = applied(s, { type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' });
		expect(Object.isFrozen(r.structure)).toBe(true);
		expect(Object.isFrozen(r.structure.posts.get('ad-parking'))).toBe(true);
		expect(Object.isFrozen(r.structure.posts.get('ad-parking')!.provenance)).toBe(true);
		const added = applied(s, {
			type: 'addPost',
			post: {
				title: 'Head of Parking',
				grade: 'head-of-service',
				unit: 'neighbourhoods',
				reportsTo: 'dn'
			}
		});
		expect(Object.isFrozen(added.structure.posts.get('head-of-parking')!.statutoryRoles)).toBe(
			true
		);
		expect(() => {
			(added.structure.posts.get('head-of-parking') as { title: string }).title = 'x';
		}).toThrow(TypeError);
	});

	it('movePost can change the unit in the same step', () => {
		const r = applied(s, {
			type: 'movePost',
			postId: 'ad-parking',
			newManagerId: 'md-ops',
			newUnitId: 'city-operations'
		});
		expect(r.structure.posts.get('ad-parking')!.unit).toBe('city-operations');
		expect(r.description).toContain(
			'Assistant Director Parking moves from Neighbourhoods to City Operations'
		);
	});

	it('movePost to the current manager changes nothing and makes no patches', () => {
		const r = applyEdit(s, { type: 'movePost', postId: 'ad-parking', newManagerId: 'dn' });
		expect(r.ok && r.patches).toEqual([]);
		expect(r.ok && r.structure).toBe(s);
	});

	it('movePost refuses a cycle and names the chain', () => {
		expect(refused(s, { type: 'movePost', postId: 'dn', newManagerId: 'parking-manager' })).toBe(
			'Director of Neighbourhoods cannot report to Parking Manager: Parking Manager already reports to Director of Neighbourhoods through Assistant Director Parking; move Parking Manager first'
		);
		expect(refused(s, { type: 'movePost', postId: 'dn', newManagerId: 'ad-parking' })).toBe(
			'Director of Neighbourhoods cannot report to Assistant Director Parking: Assistant Director Parking already reports to Director of Neighbourhoods directly; move Assistant Director Parking first'
		);
	});

	it('movePost refuses self, the CEO, unknown ids and deleted managers', () => {
		expect(refused(s, { type: 'movePost', postId: 'dn', newManagerId: 'dn' })).toBe(
			'Director of Neighbourhoods cannot report to itself'
		);
		expect(refused(s, { type: 'movePost', postId: 'ceo', newManagerId: 'dn' })).toMatch(
			/^Chief Executive is the top post/
		);
		expect(refused(s, { type: 'movePost', postId: 'nobody', newManagerId: 'dn' })).toBe(
			"there is no post 'nobody'"
		);
		expect(refused(s, { type: 'movePost', postId: 'dn', newManagerId: 'ceoo' })).toBe(
			"the new line manager: there is no post 'ceoo'; did you mean 'ceo'?"
		);
		expect(
			refused(s, { type: 'movePost', postId: 'dn', newManagerId: 'ceo', newUnitId: 'nowhere' })
		).toMatch(/^there is no unit 'nowhere'/);
		const withDeleted = applied(s, {
			type: 'setPostStatus',
			postId: 'head-waste',
			status: 'deleted'
		}).structure;
		expect(
			refused(withDeleted, { type: 'movePost', postId: 'ad-finance', newManagerId: 'head-waste' })
		).toBe(
			'Assistant Director Finance cannot report to Head of Waste: that post is marked deleted'
		);
	});
});

describe('addPost', () => {
	it('addPost adds a new post with defaults and an id from its title', () => {
		const r = applied(s, {
			type: 'addPost',
			post: {
				title: 'Head of Route to Zero',
				grade: 'head-of-service',
				unit: 'city-operations',
				reportsTo: 'md-ops'
			}
		});
		expect(r.createdId).toBe('head-of-route-to-zero');
		expect(r.structure.posts.get('head-of-route-to-zero')).toEqual({
			id: 'head-of-route-to-zero',
			title: 'Head of Route to Zero',
			grade: 'head-of-service',
			fte: 1,
			status: 'new',
			unit: 'city-operations',
			reportsTo: 'md-ops',
			statutoryRoles: [],
			provenance: { kind: 'assumption', note: 'Added while editing a scenario' }
		});
		expect(r.description).toBe(
			// 70,000 + NI (70,000 − 8,788) × 13.8% = 8,447.26 + pension 70,000 × 19% = 13,300 → £91,747
			'Head of Route to Zero is created (Head of Service, £91,747 a year), reporting to Managing Director: City Operations in City Operations'
		);
	});

	it('addPost makes a title-based id unique across the shared namespace', () => {
		// "Parking" is a service id, so a post titled Parking gets parking-2.
		const r = applied(s, {
			type: 'addPost',
			post: { title: 'Parking', grade: 'head-of-service', unit: 'neighbourhoods', reportsTo: 'dn' }
		});
		expect(r.createdId).toBe('parking-2');
	});

	it('addPost refuses unknown grade, unit, manager, bad funding, bad dates and taken ids', () => {
		const base = { title: 'X', grade: 'head-of-service', unit: 'neighbourhoods', reportsTo: 'dn' };
		expect(refused(s, { type: 'addPost', post: { ...base, grade: 'band-z' } })).toBe(
			"unknown grade 'band-z'; use one of: chief-executive (Chief Executive), jnc-director (JNC Director), jnc-strategic-director (JNC Strategic Director), assistant-director (Assistant Director), head-of-service (Head of Service)"
		);
		expect(refused(s, { type: 'addPost', post: { ...base, unit: 'mars' } })).toMatch(
			/^there is no unit 'mars'/
		);
		expect(refused(s, { type: 'addPost', post: { ...base, reportsTo: 'nobody' } })).toMatch(
			/^the new post's line manager: there is no post 'nobody'/
		);
		expect(
			refused(s, { type: 'addPost', post: { ...base, funding: { generalFund: 50, hra: 40 } } })
		).toBe('funding shares sum to 90, not 100; make the percentages add up to 100');
		expect(
			refused(s, { type: 'addPost', post: { ...base, start: '2022-01-01', end: '2021-01-01' } })
		).toMatch(/after it ends/);
		expect(refused(s, { type: 'addPost', post: { ...base, id: 'dn' } })).toBe(
			"the id 'dn' is already used by Director of Neighbourhoods (posts); choose another"
		);
		expect(refused(s, { type: 'addPost', post: { ...base, title: '  ' } })).toBe(
			'give the new post a title'
		);
	});
});

describe('deletePost', () => {
	it('deletePost removes the post and every reference to it', () => {
		const r = applied(s, { type: 'deletePost', postId: 'head-waste' });
		expect(r.structure.posts.get('head-waste')).toBeUndefined();
		expect(r.structure.links['holds-to-account:md-ops->head-waste']).toBeUndefined();
		expect(r.structure.meetings['performance-group'].members).toEqual(['head-ceo-office']);
		expect(r.description).toBe(
			'Head of Waste is deleted (Head of Service, saving £91,747 a year); Head of Waste leaves Performance group; Managing Director: City Operations no longer holds to account Head of Waste'
		);
	});

	it('deletePost clears a meeting chair and a unit head', () => {
		const s2 = applied(s, {
			type: 'movePost',
			postId: 'ad-finance',
			newManagerId: 'ceo'
		}).structure;
		const r = applied(s2, { type: 'deletePost', postId: 'dcm' });
		expect(r.structure.meetings['performance-group'].chair).toBeUndefined();
		expect(r.structure.units['city-management'].head).toBeUndefined();
	});

	it('deletePost refuses a post with reports, saying to move them first, and the CEO', () => {
		expect(refused(s, { type: 'deletePost', postId: 'dn' })).toBe(
			'Director of Neighbourhoods still has 1 direct report (Assistant Director Parking); move them to another line manager first'
		);
		expect(refused(s, { type: 'deletePost', postId: 'ceo' })).toBe(
			'Chief Executive is the Chief Executive (the top post) and cannot be deleted'
		);
		expect(refused(s, { type: 'deletePost', postId: 'ghost' })).toBe("there is no post 'ghost'");
	});
});

describe('retitlePost, regradePost, setPostStatus', () => {
	it('retitlePost trims and renames', () => {
		const r = applied(s, { type: 'retitlePost', postId: 'dn', title: ' Director of Places ' });
		expect(r.structure.posts.get('dn')!.title).toBe('Director of Places');
		expect(r.description).toBe('Director of Neighbourhoods is retitled Director of Places');
		expect(refused(s, { type: 'retitlePost', postId: 'dn', title: '' })).toBe(
			'give the post a title'
		);
	});

	it('regradePost names both grades', () => {
		const r = applied(s, { type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' });
		expect(r.structure.posts.get('dcm')!.grade).toBe('jnc-strategic-director');
		expect(r.description).toBe(
			// 12,000 more salary + 13.8% NI (1,656) + 19% pension (2,280) = +£15,936
			'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year)'
		);
		expect(refused(s, { type: 'regradePost', postId: 'dcm', grade: 'jnc' })).toMatch(
			/^unknown grade 'jnc'; use one of: chief-executive/
		);
	});

	it('setPostStatus marks a post vacant, and refuses deleting one that has live reports', () => {
		const r = applied(s, { type: 'setPostStatus', postId: 'dn', status: 'vacant' });
		expect(r.description).toBe('Director of Neighbourhoods is now marked vacant (was existing)');
		expect(refused(s, { type: 'setPostStatus', postId: 'dn', status: 'deleted' })).toMatch(
			/still has 1 direct report \(Assistant Director Parking\)/
		);
		expect(refused(s, { type: 'setPostStatus', postId: 'dn', status: 'gone' as 'vacant' })).toMatch(
			/^status 'gone' is not one of/
		);
	});
});

describe('setPostFunding and setPostDates', () => {
	it('setPostFunding sets a split and goes back to the default when none is given', () => {
		const r = applied(s, {
			type: 'setPostFunding',
			postId: 'dn',
			funding: { generalFund: 70, hra: 30 }
		});
		expect(r.structure.posts.get('dn')!.funding).toEqual({ generalFund: 70, hra: 30 });
		expect(r.description).toBe(
			'Director of Neighbourhoods is now funded 70% General Fund, 30% Housing Revenue Account (was 100% General Fund)'
		);
		const back = applied(s, { type: 'setPostFunding', postId: 'md-ops' });
		expect(back.structure.posts.get('md-ops')!.funding).toBeUndefined();
	});

	it('setPostFunding refuses shares that do not sum to 100 or unknown sources', () => {
		expect(
			refused(s, { type: 'setPostFunding', postId: 'dn', funding: { generalFund: 60, hra: 30 } })
		).toBe('funding shares sum to 90, not 100; make the percentages add up to 100');
		expect(
			refused(s, {
				type: 'setPostFunding',
				postId: 'dn',
				funding: { lottery: 100 } as never
			})
		).toBe("'lottery' is not a funding source; use generalFund, hra, capital, grant");
		expect(
			refused(s, { type: 'setPostFunding', postId: 'dn', funding: { generalFund: 110, hra: -10 } })
		).toMatch(/not a percentage from 0 to 100/);
	});

	it('setPostDates sets both dates and clears one left out', () => {
		const r = applied(s, {
			type: 'setPostDates',
			postId: 'head-waste',
			end: '2023-03-31'
		});
		expect(r.structure.posts.get('head-waste')!.start).toBeUndefined();
		expect(r.structure.posts.get('head-waste')!.end).toBe('2023-03-31');
		expect(r.description).toBe(
			'Head of Waste no longer has a start date (was 1 July 2021); Head of Waste now ends on 31 March 2023'
		);
		expect(refused(s, { type: 'setPostDates', postId: 'head-waste', start: '2021-02-30' })).toBe(
			"start '2021-02-30' is not a date; write it as YYYY-MM-DD"
		);
	});
});
