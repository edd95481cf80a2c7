/**
 * Two structures shaped like Birmingham's 2020 Corporate Leadership Team and 2021 Council Core and
 * Delivery Functions, and the 2020 one with one change of each kind: the analysis, report and
 * slide tests work their figures out by hand from these.
 */
import type { Post, Structure } from '../model/types';
import { body, link, makeStructure, meeting, post, service, unit } from './structure';

export const DIRECTORATES = [
	['neighbourhoods', 'Neighbourhoods'],
	['digital-customer', 'Digital and Customer Services'],
	['inclusive-growth', 'Inclusive Growth'],
	['education-skills', 'Education and Skills'],
	['adult-social-care', 'Adult Social Care']
] as const;

/** The Chief Executive and the head of their office, both in the Chief Executive's Office unit. */
function chiefExecutiveAndOffice(): Post[] {
	return [
		post('ceo', 'Chief Executive', {
			grade: 'chief-executive',
			unit: 'ceo-office',
			statutoryRoles: ['head-of-paid-service']
		}),
		post('head-ceo-office', 'Head of Chief Executive’s Office', {
			grade: 'head-of-service',
			unit: 'ceo-office',
			reportsTo: 'ceo',
			office: true
		})
	];
}

/**
 * Shaped like the 2020 Corporate Leadership Team: the CEO with ten direct reports (five
 * directorate directors and five corporate directors) plus the head of the CEO's office; each
 * directorate director has two assistant directors. 22 posts in three layers.
 *
 * Spans: CEO 11 reports (10 without the office); five directorate directors with 2 each.
 * Full-year cost: 228,610.94 (CEO) + 91,747.26 (office) + 10 × 192,011.26 (directors)
 *   + 10 × 108,347.26 (ADs) = 3,323,943.40.
 */
export function clt2020(): Structure {
	const posts: Post[] = chiefExecutiveAndOffice();
	for (const [id, name] of DIRECTORATES) {
		posts.push(
			post(`director-${id}`, `Director of ${name}`, {
				unit: id,
				reportsTo: 'ceo',
				director: true,
				statutoryRoles:
					id === 'education-skills' ? ['dcs'] : id === 'adult-social-care' ? ['dass'] : []
			})
		);
		for (const n of [1, 2])
			posts.push(
				post(`ad-${id}-${n}`, `Assistant Director ${n}, ${name}`, {
					grade: 'assistant-director',
					unit: id,
					reportsTo: `director-${id}`
				})
			);
	}
	const corporate: [string, string, Post['statutoryRoles']][] = [
		['director-council-management', 'Director of Council Management', ['s151']],
		['city-solicitor', 'City Solicitor', ['monitoring-officer']],
		['director-public-health', 'Director of Public Health', ['dph']],
		['director-hr', 'Director of HR and Organisational Development', []],
		['assistant-chief-executive', 'Assistant Chief Executive', []]
	];
	for (const [id, title, roles] of corporate)
		posts.push(post(id, title, { reportsTo: 'ceo', director: true, statutoryRoles: roles }));

	return makeStructure({
		id: 'clt-2020',
		name: 'Corporate Leadership Team, 2020 (fixture)',
		posts,
		units: [
			unit('ceo-office', 'Chief Executive’s Office', { head: 'ceo' }),
			unit('corporate', 'Corporate'),
			...DIRECTORATES.map(([id, name]) =>
				unit(id, name, { group: 'delivery', deliveryFunction: true, head: `director-${id}` })
			)
		],
		services: [
			service('parking', 'Parking', 'neighbourhoods'),
			service('refuse', 'Refuse collection', 'neighbourhoods'),
			service('libraries', 'Libraries', 'digital-customer'),
			service('adult-care', 'Adult social care', 'adult-social-care')
		],
		meetings: [
			meeting('clt', 'CLT', {
				cadence: 'weekly',
				lengthHours: 3,
				chair: 'ceo',
				memberRules: ['ceo-and-direct-reports']
			}),
			meeting('emt', 'EMT', {
				cadence: 'quarterly',
				lengthHours: 2,
				memberRules: ['all-directors']
			})
		]
	});
}

/**
 * Shaped like the 2021 Council Core and Delivery Functions, Managing Directors reporting to the
 * Purpose Directors: 11 posts in three layers; every check but the span rules passes.
 *
 *   CEO ─┬─ Head of CEO's Office (office)
 *        ├─ Director of City Management (s151) ── City Solicitor (monitoring officer)
 *        ├─ Director of Partnership ── Director of Public Health (dph)
 *        ├─ Purpose Director: City Futures (dcs) ── MD City Life Courses (dass)
 *        └─ Purpose Director: Places ─┬─ MD City Operations
 *                                     └─ MD City Housing (60% General Fund, 40% HRA)
 * The Children's Trust has no head post and is commissioned by the Purpose Director: City Futures.
 * Full-year cost: 228,610.94 (CEO) + 91,747.26 (office) + 9 × 192,011.26 (1,728,101.34)
 *   = 2,048,459.54.
 */
export function coreDelivery2021(): Structure {
	const director = (id: string, title: string, fields: Partial<Post> = {}) =>
		post(id, title, { director: true, reportsTo: 'ceo', ...fields });
	const delivery = (id: string, name: string, head?: string) =>
		unit(id, name, { group: 'delivery', deliveryFunction: true, ...(head ? { head } : {}) });
	const groups = ['strategy', 'performance', 'assurance', 'leadership'] as const;
	return makeStructure({
		id: 'core-delivery-2021',
		name: 'Council Core and Delivery Functions, 2021 (fixture)',
		date: '2021-01-19',
		derivedFrom: 'clt-2020',
		posts: [
			...chiefExecutiveAndOffice(),
			director('director-city-management', 'Director of City Management', {
				statutoryRoles: ['s151']
			}),
			director('director-partnership', 'Director of Partnership, Participation and Equality'),
			director('pd-city-futures', 'Purpose Director: City Futures', { statutoryRoles: ['dcs'] }),
			director('pd-places', 'Purpose Director: Places, Prosperity and Sustainability'),
			post('city-solicitor', 'City Solicitor', {
				reportsTo: 'director-city-management',
				statutoryRoles: ['monitoring-officer']
			}),
			post('director-public-health', 'Director of Public Health', {
				reportsTo: 'director-partnership',
				statutoryRoles: ['dph']
			}),
			director('md-city-operations', 'Managing Director: City Operations', {
				reportsTo: 'pd-places',
				unit: 'city-operations',
				status: 'new'
			}),
			director('md-city-housing', 'Managing Director: City Housing', {
				reportsTo: 'pd-places',
				unit: 'city-housing',
				status: 'new',
				funding: { generalFund: 60, hra: 40 }
			}),
			director('md-city-life-courses', 'Managing Director: City Life Courses', {
				reportsTo: 'pd-city-futures',
				unit: 'city-life-courses',
				status: 'new',
				statutoryRoles: ['dass']
			})
		],
		units: [
			unit('ceo-office', 'Chief Executive’s Office', { head: 'ceo' }),
			unit('corporate', 'Council Core'),
			delivery('city-operations', 'City Operations', 'md-city-operations'),
			delivery('city-housing', 'City Housing', 'md-city-housing'),
			delivery('city-life-courses', 'City Life Courses', 'md-city-life-courses'),
			{
				...delivery('childrens-trust', 'Birmingham Children’s Trust'),
				group: 'external',
				external: true
			}
		],
		services: [
			service('parking', 'Parking', 'city-operations'),
			service('refuse', 'Refuse collection', 'city-operations'),
			service('libraries', 'Libraries', 'city-life-courses'),
			service('adult-care', 'Adult social care', 'city-life-courses')
		],
		bodies: [
			body('cabinet-member-a', 'Cabinet Member A', 'member'),
			body('cabinet-member-b', 'Cabinet Member B', 'member')
		],
		links: [
			link('sets-purpose-for', 'pd-places', 'city-operations'),
			link('sets-purpose-for', 'pd-places', 'city-housing'),
			link('sets-purpose-for', 'pd-city-futures', 'city-life-courses'),
			link('sets-purpose-for', 'pd-city-futures', 'childrens-trust'),
			link('commissions', 'pd-city-futures', 'childrens-trust'),
			// The performance group holds the Managing Directors to account (one link into the head
			// post), the commissioner holds the Trust to account, and the assurance group assures all.
			link('holds-to-account', 'performance-group', 'city-operations'),
			link('holds-to-account', 'performance-group', 'city-housing'),
			link('holds-to-account', 'performance-group', 'md-city-life-courses'),
			link('holds-to-account', 'pd-city-futures', 'childrens-trust'),
			link('assures', 'assurance-group', 'city-operations'),
			link('assures', 'assurance-group', 'city-housing'),
			link('assures', 'assurance-group', 'city-life-courses'),
			link('assures', 'assurance-group', 'childrens-trust'),
			link('member-interface', 'cabinet-member-a', 'md-city-operations'),
			link('member-interface', 'cabinet-member-a', 'city-housing'),
			link('member-interface', 'cabinet-member-b', 'city-life-courses'),
			link('member-interface', 'cabinet-member-b', 'childrens-trust')
		],
		meetings: groups.map((g) =>
			meeting(`${g}-group`, `${g[0].toUpperCase()}${g.slice(1)} group`, {
				cadence: 'monthly',
				lengthHours: 3,
				chair: g === 'performance' || g === 'assurance' ? 'director-city-management' : undefined,
				memberRules: [g === 'leadership' ? 'all-directors-and-reports' : 'all-directors'],
				replaces: ['clt']
			})
		)
	});
}

/**
 * The 2020-like fixture with one change of each kind:
 *   Parking moves from Neighbourhoods to a new City Operations unit;
 *   Director of City Management is created (JNC Director, +192,011.26);
 *   Assistant Chief Executive becomes status deleted (−192,011.26);
 *   Director of HR is removed from the file (−192,011.26);
 *   Assistant Director 1, Neighbourhoods is regraded to JNC Director
 *     (192,011.26 − 108,347.26 = +83,664.00);
 *   City Solicitor is retitled; Director of Public Health now reports to the Director of Council
 *   Management; CLT is replaced by a performance group.
 * Cost: 3,323,943.40 + 192,011.26 − 192,011.26 − 192,011.26 + 83,664.00 = 3,215,596.14
 */
export function changed2020(): Structure {
	const a = clt2020();
	const b = structuredClone(a);
	b.id = 'option';
	b.units['city-operations'] = unit('city-operations', 'City Operations', { group: 'delivery' });
	b.services['parking'] = { ...b.services['parking'], unit: 'city-operations' };
	const posts = new Map(b.posts);
	posts.set(
		'director-city-management',
		post('director-city-management', 'Director of City Management', {
			reportsTo: 'ceo',
			director: true,
			status: 'new'
		})
	);
	posts.get('assistant-chief-executive')!.status = 'deleted';
	posts.delete('director-hr');
	posts.get('ad-neighbourhoods-1')!.grade = 'jnc-director';
	posts.get('city-solicitor')!.title = 'City Solicitor and Monitoring Officer';
	posts.get('director-public-health')!.reportsTo = 'director-council-management';
	b.posts = posts;
	delete b.meetings['clt'];
	b.meetings['performance-group'] = meeting('performance-group', 'Performance group', {
		replaces: ['clt'],
		memberRules: ['all-directors']
	});
	return b;
}
