import { describe, expect, it } from 'vitest';
import { clt2020, coreDelivery2021 } from '$lib/testing/councils';
import { link, makeStructure, meeting, post } from '$lib/testing/structure';
import { CHECKS, runChecks } from './index';

function result(s: Parameters<typeof runChecks>[0], key: string) {
	const r = runChecks(s).find((c) => c.key === key);
	if (!r) throw new Error(`no check ${key}`);
	return r;
}

describe('runChecks', () => {
	it('runChecks has one result per check, with stable keys', () => {
		expect(CHECKS.map((c) => c.key)).toEqual([
			'span.ceo.too-wide',
			'span.average.below-target',
			'span.narrow',
			'delivery.purpose-setter',
			'delivery.performance-route',
			'delivery.assurance-route',
			'delivery.member-interface',
			'service.in-delivery-unit',
			'statutory.held-once',
			'statutory.held-over-time',
			'statutory.mo-not-s151',
			'statutory.dcs-reports-to-ceo',
			'statutory.s151-in-top-meetings',
			'statutory.joint-dcs-dass',
			'statutory.hops-is-ceo',
			'post.escalation-path'
		]);
		expect(runChecks(clt2020()).map((r) => r.key)).toEqual(CHECKS.map((c) => c.key));
	});

	it('flags the 2020-like CEO with ten reports against a maximum of five', () => {
		const r = result(clt2020(), 'span.ceo.too-wide');
		expect(r.passed).toBe(false);
		expect(r.rule).toContain('no more than 5 direct reports');
		expect(r.violations).toEqual([
			{
				check: 'span.ceo.too-wide',
				subject: 'ceo',
				message:
					'Chief Executive has 10 direct reports (11 with the office); the rule is no more than 5.'
			}
		]);
	});

	it('flags an average span below target minus tolerance', () => {
		// 2020-like average 3.5 < 10 − 2 = 8
		const r = result(clt2020(), 'span.average.below-target');
		expect(r.passed).toBe(false);
		expect(r.rule).toBe('The average span of managers is at least 8 (target 1:10, tolerance 2).');
		expect(r.violations[0].message).toBe(
			'The average span is 1:3.5 over 6 managers, below 8 (target 1:10).'
		);
		// Loosen the rule: target 4, tolerance 1 → floor 3, and 3.5 passes.
		const s = clt2020();
		s.spanRules = { ...s.spanRules, averageTarget: 4, averageTolerance: 1 };
		expect(result(s, 'span.average.below-target').passed).toBe(true);
	});

	it('warns about each manager with a narrow span', () => {
		const r = result(clt2020(), 'span.narrow');
		expect(r.severity).toBe('warning');
		expect(r.violations).toHaveLength(5);
		expect(r.violations[0].message).toBe(
			'Director of Neighbourhoods has 2 direct reports, fewer than 3.'
		);
	});

	it('passes the delivery checks in the 2021-like fixture and fails them in 2020', () => {
		const ok = coreDelivery2021();
		for (const key of [
			'delivery.purpose-setter',
			'delivery.performance-route',
			'delivery.assurance-route',
			'delivery.member-interface'
		])
			expect(result(ok, key).violations).toEqual([]);
		// 2020: five directorates with no links at all (departments assess themselves).
		const old = clt2020();
		expect(result(old, 'delivery.purpose-setter').violations.map((v) => v.message)[0]).toBe(
			'Neighbourhoods has no purpose-setter.'
		);
		for (const key of [
			'delivery.performance-route',
			'delivery.assurance-route',
			'delivery.member-interface'
		])
			expect(result(old, key).violations).toHaveLength(5);
		expect(result(old, 'delivery.assurance-route').violations[0].message).toBe(
			'Neighbourhoods has no assurance route: nothing assures it or its head post.'
		);
	});

	it('flags two purpose-setters for one delivery function, counting links into its head', () => {
		const s = coreDelivery2021();
		const extra = link('sets-purpose-for', 'director-city-management', 'md-city-operations');
		s.links[extra.id] = extra;
		expect(result(s, 'delivery.purpose-setter').violations).toEqual([
			{
				check: 'delivery.purpose-setter',
				subject: 'city-operations',
				message:
					'City Operations has 2 purpose-setters: Purpose Director: Places, Prosperity and Sustainability, Director of City Management.'
			}
		]);
		// The same setter linked to the function and to its head is one purpose-setter.
		const again = link('sets-purpose-for', 'pd-places', 'md-city-housing');
		const once = {
			...coreDelivery2021(),
			links: { ...coreDelivery2021().links, [again.id]: again }
		};
		expect(result(once, 'delivery.purpose-setter').passed).toBe(true);
	});

	it('reads assurance and performance routes from links, not from meeting names', () => {
		const s = coreDelivery2021();
		// Rename the groups: nothing changes, the links still say who assures and holds to account.
		s.meetings['assurance-group'] = { ...s.meetings['assurance-group'], name: 'Group A' };
		s.meetings['performance-group'] = { ...s.meetings['performance-group'], name: 'Group B' };
		expect(result(s, 'delivery.assurance-route').passed).toBe(true);
		expect(result(s, 'delivery.performance-route').passed).toBe(true);
		// Without the links a meeting called "Assurance group" that every lead attends is no route.
		const unlinked = {
			...coreDelivery2021(),
			links: Object.fromEntries(
				Object.entries(coreDelivery2021().links).filter(
					([, l]) => l.type !== 'assures' && l.type !== 'holds-to-account'
				)
			)
		};
		expect(result(unlinked, 'delivery.assurance-route').violations.map((v) => v.message)).toEqual([
			'City Operations has no assurance route: nothing assures it or its head post.',
			'City Housing has no assurance route: nothing assures it or its head post.',
			'City Life Courses has no assurance route: nothing assures it or its head post.',
			'Birmingham Children’s Trust has no assurance route: nothing assures it.'
		]);
		expect(result(unlinked, 'delivery.performance-route').violations.map((v) => v.subject)).toEqual(
			['city-operations', 'city-housing', 'city-life-courses', 'childrens-trust']
		);
	});

	it('ignores routes from a deleted post', () => {
		const s = coreDelivery2021();
		s.posts = new Map(s.posts).set('pd-city-futures', {
			...s.posts.get('pd-city-futures')!,
			status: 'deleted'
		});
		// The Trust loses its purpose-setter and its commissioner's performance route.
		expect(result(s, 'delivery.purpose-setter').violations.map((v) => v.subject)).toEqual([
			'city-life-courses',
			'childrens-trust'
		]);
		expect(result(s, 'delivery.performance-route').violations.map((v) => v.message)).toEqual([
			'Birmingham Children’s Trust has no performance route: nothing holds it to account.'
		]);
	});

	it('flags a service whose unit is not in the structure, and only that', () => {
		const s = coreDelivery2021();
		s.services['parking'] = { ...s.services['parking'], unit: 'nowhere' };
		expect(result(s, 'service.in-delivery-unit').violations).toEqual([
			{
				check: 'service.in-delivery-unit',
				subject: 'parking',
				message: "Parking sits in unit 'nowhere', which is not in the structure."
			}
		]);
		// 2020: services sit in directorates and pass.
		expect(result(clt2020(), 'service.in-delivery-unit').passed).toBe(true);
	});

	it('flags a statutory role held twice or by no live post', () => {
		const s = coreDelivery2021();
		s.posts = new Map(s.posts).set('pd-places', {
			...s.posts.get('pd-places')!,
			statutoryRoles: ['s151']
		});
		s.posts = new Map(s.posts).set('director-public-health', {
			...s.posts.get('director-public-health')!,
			status: 'deleted'
		});
		expect(result(s, 'statutory.held-once').violations.map((v) => v.message)).toEqual([
			'The Section 151 officer role is held by 2 posts: Director of City Management, Purpose Director: Places, Prosperity and Sustainability.',
			'No live post holds the Director of Public Health role.'
		]);
		expect(result(coreDelivery2021(), 'statutory.held-once').passed).toBe(true);
	});

	it('explains why a post has no escalation path', () => {
		const s = makeStructure({
			posts: [
				post('ceo', 'CEO'),
				post('gone', 'Gone', { reportsTo: 'ceo', status: 'deleted' }),
				post('orphan', 'Orphan', { reportsTo: 'gone' }),
				post('below', 'Below', { reportsTo: 'orphan' }),
				post('loose', 'Loose'),
				post('typo', 'Typo', { reportsTo: 'ceoo' }),
				post('x', 'X', { reportsTo: 'y' }),
				post('y', 'Y', { reportsTo: 'x' })
			]
		});
		expect(result(s, 'post.escalation-path').violations.map((v) => v.message)).toEqual([
			'Orphan does not reach the Chief Executive: it reports to Gone, which is deleted.',
			'Below does not reach the Chief Executive: it reports to Gone, which is deleted (through Orphan).',
			'Loose does not reach the Chief Executive: it has no line manager.',
			"Typo does not reach the Chief Executive: it reports to 'ceoo', which is not a post.",
			'X does not reach the Chief Executive: it is in a reporting loop (through Y).',
			'Y does not reach the Chief Executive: it is in a reporting loop (through X).'
		]);
	});

	it('passes every check except the span rules in the 2021-like fixture', () => {
		const failed = runChecks(coreDelivery2021())
			.filter((r) => !r.passed)
			.map((r) => r.key);
		// CEO span 4 ≤ 5 passes; average (5 + 1 + 1 + 1 + 2) / 5 = 2 is below 8; four narrow managers.
		expect(failed).toEqual(['span.average.below-target', 'span.narrow']);
	});
});

describe('statutory checks, each resting on a public record', () => {
	const roles = (extra: Parameters<typeof post>[2] = {}, reportsTo = 'ceo') =>
		makeStructure({
			posts: [
				post('ceo', 'Chief Executive', {
					grade: 'chief-executive',
					statutoryRoles: ['head-of-paid-service']
				}),
				post('dcm', 'Director of City Management', {
					reportsTo: 'ceo',
					director: true,
					statutoryRoles: ['s151']
				}),
				post('solicitor', 'City Solicitor', {
					reportsTo: 'dcm',
					statutoryRoles: ['monitoring-officer']
				}),
				post('futures', 'Purpose Director: City Futures', {
					reportsTo,
					director: true,
					statutoryRoles: ['dcs', 'dph'],
					...extra
				}),
				post('life', 'Managing Director: City Life Courses', {
					reportsTo: 'ceo',
					statutoryRoles: ['dass']
				})
			]
		});
	const violations = (s: ReturnType<typeof roles>, key: string) =>
		result(s, key).violations.map((v) => v.message);

	it('the Monitoring Officer is not the section 151 officer (Local Government and Housing Act 1989, s5)', () => {
		const s = roles();
		expect(result(s, 'statutory.mo-not-s151').rule).toContain(
			'Local Government and Housing Act 1989, section 5'
		);
		expect(violations(s, 'statutory.mo-not-s151')).toEqual([]);
		// Checks are memoised per structure object: a changed structure is a new object.
		const both = {
			...s,
			posts: new Map(s.posts)
				.set('dcm', { ...s.posts.get('dcm')!, statutoryRoles: ['s151', 'monitoring-officer'] })
				.set('solicitor', { ...s.posts.get('solicitor')!, statutoryRoles: [] })
		} as typeof s;
		expect(violations(both, 'statutory.mo-not-s151')).toEqual([
			'Director of City Management is both the Monitoring Officer and the section 151 officer; the Local Government and Housing Act 1989 (section 5) does not allow it.'
		]);
	});

	it('the DCS reports to the Chief Executive (DfE statutory guidance)', () => {
		expect(violations(roles(), 'statutory.dcs-reports-to-ceo')).toEqual([]);
		const s = roles({}, 'dcm');
		expect(result(s, 'statutory.dcs-reports-to-ceo').rule).toContain('DfE statutory guidance');
		expect(violations(s, 'statutory.dcs-reports-to-ceo')).toEqual([
			'Purpose Director: City Futures holds the Director of Children’s Services role but reports to Director of City Management, not to the Chief Executive.'
		]);
	});

	it('the section 151 officer sits in the top management meetings (CIPFA)', () => {
		const s = roles();
		s.meetings = {
			strategy: meeting('strategy', 'Strategy group', { memberRules: ['all-directors'] }),
			cabinet: meeting('cabinet', 'Cabinet briefing', { chair: 'ceo', members: ['futures'] })
		};
		s.posts = new Map(s.posts).set('ceo', { ...s.posts.get('ceo')!, director: true });
		expect(result(s, 'statutory.s151-in-top-meetings').rule).toContain('CIPFA');
		// The strategy group has every director (the s151 officer too); the briefing does not.
		expect(violations(s, 'statutory.s151-in-top-meetings')).toEqual([
			'Director of City Management, the section 151 officer, is not a member of Cabinet briefing.'
		]);
	});

	it('a joint DCS and DASS post is flagged for its justification (DCSF and DH guidance, 2008)', () => {
		expect(violations(roles(), 'statutory.joint-dcs-dass')).toEqual([]);
		const s = roles({ statutoryRoles: ['dcs', 'dph', 'dass'] });
		s.posts = new Map(s.posts).set('life', { ...s.posts.get('life')!, statutoryRoles: [] });
		expect(result(s, 'statutory.joint-dcs-dass').severity).toBe('warning');
		expect(violations(s, 'statutory.joint-dcs-dass')).toEqual([
			'Purpose Director: City Futures holds both the Director of Children’s Services and the Director of Adult Social Services roles; record why one post can carry both.'
		]);
	});

	it('the Head of Paid Service is the Chief Executive', () => {
		expect(violations(roles(), 'statutory.hops-is-ceo')).toEqual([]);
		const s = roles();
		s.posts = new Map(s.posts).set('ceo', { ...s.posts.get('ceo')!, statutoryRoles: [] });
		s.posts = new Map(s.posts).set('dcm', {
			...s.posts.get('dcm')!,
			statutoryRoles: ['s151', 'head-of-paid-service']
		});
		expect(violations(s, 'statutory.hops-is-ceo')).toEqual([
			'Director of City Management holds the Head of Paid Service role, which is the Chief Executive’s.'
		]);
	});
});
