import { describe, expect, it } from 'vitest';
import { establishment, option } from '$lib/testing/seniorOptionFixture';
import { post } from '$lib/testing/structure';
import { suggestSeniorMapping } from './suggestSeniorMapping';

/** The fixture's establishment with its second director (D2, Housing) retitled. */
function withD2(title: string) {
	const e = establishment();
	e.posts = new Map(e.posts).set('D2', { ...e.posts.get('D2')!, title });
	return e;
}

describe('suggestSeniorMapping', () => {
	it('suggestSeniorMapping sends a team to the option post with the same title, director or not', () => {
		const o = option();
		o.posts = new Map(o.posts).set(
			'housing-director',
			post('housing-director', 'Director of Housing', {
				reportsTo: 'md-homes',
				unit: 'core'
			})
		);
		expect(suggestSeniorMapping(establishment(), o).reportsMoveTo).toEqual({
			D1: 'md-care',
			D2: 'housing-director'
		});
	});

	it('suggestSeniorMapping reads the directors’ remits when no title shares a word', () => {
		const o = option();
		o.posts = new Map(o.posts).set('pd-purpose', {
			...o.posts.get('pd-purpose')!,
			remit: 'Outcomes for children and families; the Children’s Trust.'
		});
		const e = withD2('Director of Children and Families');
		expect(suggestSeniorMapping(e, o).reportsMoveTo.D2).toBe('pd-purpose');
		// Without that remit nothing matches: the team goes to the option's Chief Executive.
		expect(suggestSeniorMapping(e, option()).reportsMoveTo.D2).toBe('ce');
	});

	it('suggestSeniorMapping with one layer replaces only the top post, whose team goes to the option’s top post', () => {
		expect(suggestSeniorMapping(establishment(), option(), 1)).toEqual({
			replaced: ['E0'],
			reportsMoveTo: { E0: 'ce' }
		});
	});

	it('suggestSeniorMapping keeps a team whose head matches nothing beside its manager’s', () => {
		// Three layers: the heads of service (H1–H4) are replaced too; their titles match no option
		// post, so each team goes where its director's does.
		expect(suggestSeniorMapping(establishment(), option(), 3).reportsMoveTo).toEqual({
			H1: 'md-care',
			H2: 'md-care',
			H3: 'md-homes',
			H4: 'md-homes'
		});
	});
});
