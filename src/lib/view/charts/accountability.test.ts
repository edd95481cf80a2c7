import { describe, expect, it } from 'vitest';
import type { Link, LinkType, Structure } from '$lib/model/types';
import { deliveryFunctions, runChecks } from '$lib/analysis';
import {
	ACCOUNTABILITY_COLUMNS,
	escalationPath,
	servicesByUnit,
	toAccountabilityMatrix
} from './accountability.ts';
import { chartsFixture } from '$lib/testing/chartsFixture';

const prov = { kind: 'assumption', note: 'test' } as const;
function link(type: LinkType, from: string, to: string): Link {
	return { id: `${type}:${from}->${to}`, type, from, to, provenance: prov };
}

function withAccountability(): Structure {
	const s = chartsFixture();
	s.bodies.portfolio = {
		id: 'portfolio',
		name: 'Cabinet Member for Environment',
		kind: 'member',
		provenance: prov
	};
	s.units.trust = {
		id: 'trust',
		name: 'Children’s Trust',
		group: 'external',
		deliveryFunction: true,
		external: true,
		provenance: prov
	};
	s.services.social = {
		id: 'social',
		name: 'Children’s social care',
		unit: 'trust',
		provenance: prov
	};
	for (const l of [
		link('sets-purpose-for', 'pd', 'ops'),
		link('member-interface', 'portfolio', 'md'),
		link('holds-to-account', 'performance', 'md'),
		link('commissions', 'pd', 'trust')
	])
		s.links[l.id] = l;
	return s;
}

describe('toAccountabilityMatrix', () => {
	it('toAccountabilityMatrix names who fills each role for a delivery function', () => {
		const s = withAccountability();
		const [ops] = toAccountabilityMatrix(s, [s.units.ops], []);
		expect(ops.headTitle).toBe('Managing Director: City Operations');
		expect(ops.cells.purposeSetter).toEqual({ names: ['Purpose Director'], gap: false });
		expect(ops.cells.lineManager).toEqual({ names: ['Chief Executive'], gap: false });
		expect(ops.cells.performance).toEqual({
			names: ['Performance group'],
			via: 'Meets monthly, chaired by Director of City Management',
			gap: false
		});
		expect(ops.cells.memberInterface).toEqual({
			names: ['Cabinet Member for Environment'],
			gap: false
		});
	});

	it('toAccountabilityMatrix reads routes from links, not from a meeting the head attends', () => {
		const s = withAccountability();
		// The head attends a meeting called "Assurance group", but nothing links it to the unit.
		s.meetings.floating.memberRules = ['all-directors'];
		const [ops] = toAccountabilityMatrix(s, [s.units.ops], runChecks(s));
		expect(ops.cells.assurance).toEqual({
			names: [],
			gap: true,
			reason: 'City Operations has no assurance route: nothing assures it or its head post.'
		});
		// An "assures" link from the meeting is a route, and the check and the cell agree.
		const assures = link('assures', 'floating', 'ops');
		const linked = { ...s, links: { ...s.links, [assures.id]: assures } };
		const [after] = toAccountabilityMatrix(linked, [linked.units.ops], runChecks(linked));
		expect(after.cells.assurance).toEqual({
			names: ['Assurance group'],
			via: 'Meets monthly',
			gap: false
		});
		const assurance = runChecks(linked).find((c) => c.key === 'delivery.assurance-route')!;
		expect(assurance.violations.map((v) => v.subject)).toEqual(['trust']);
	});

	it('toAccountabilityMatrix gaps follow the core’s checks for every delivery function', () => {
		const s = withAccountability();
		const checks = runChecks(s);
		const rows = toAccountabilityMatrix(s, deliveryFunctions(s), checks);
		for (const col of ACCOUNTABILITY_COLUMNS) {
			if (!col.check) continue;
			const failed = checks.find((c) => c.key === col.check)!.violations.map((v) => v.subject);
			expect(rows.filter((r) => r.cells[col.key].gap).map((r) => r.unitId)).toEqual(failed);
		}
		// The Trust has no head: no performance route (only commissioned), no member interface.
		const trust = rows.find((r) => r.unitId === 'trust')!;
		expect(trust.cells.performance.reason).toBe(
			'Children’s Trust has no performance route: nothing holds it to account.'
		);
	});

	it('toAccountabilityMatrix marks gaps, and takes the reason from the core’s failed check', () => {
		const s = withAccountability();
		const [ops, trust] = toAccountabilityMatrix(
			s,
			[s.units.ops, s.units.trust],
			[
				{
					key: 'delivery.assurance-route',
					violations: [{ subject: 'ops', message: 'City Operations has no assurance route.' }]
				},
				{
					key: 'delivery.purpose-setter',
					violations: [{ subject: 'trust', message: 'Children’s Trust has no purpose-setter.' }]
				}
			]
		);
		expect(ops.cells.assurance).toMatchObject({
			gap: true,
			reason: 'City Operations has no assurance route.'
		});
		expect(trust.cells.purposeSetter).toMatchObject({ gap: true, names: [] });
		expect(trust.cells.lineManager).toMatchObject({ gap: false, notApplicable: true });
		expect(trust.cells.memberInterface.gap).toBe(true);
	});
});

describe('escalationPath', () => {
	it('escalationPath runs from a service’s head up the line to the Chief Executive', () => {
		const s = withAccountability();
		expect(escalationPath(s, 'parking')).toEqual({
			serviceId: 'parking',
			serviceName: 'Parking',
			unitName: 'City Operations',
			posts: [
				{ postId: 'md', title: 'Managing Director: City Operations' },
				{ postId: 'ceo', title: 'Chief Executive' }
			],
			reachesCeo: true
		});
	});

	it('escalationPath starts at the commissioner of a unit with no head', () => {
		const path = escalationPath(withAccountability(), 'social');
		expect(path?.posts.map((p) => p.postId)).toEqual(['pd', 'ceo']);
		expect(path?.reachesCeo).toBe(true);
	});

	it('escalationPath says where the line breaks', () => {
		const s = withAccountability();
		delete s.posts.get('md')!.reportsTo;
		const path = escalationPath(s, 'parking');
		expect(path?.reachesCeo).toBe(false);
		expect(path?.problem).toBe(
			'Managing Director: City Operations has no line manager, so the line stops before the Chief Executive.'
		);
		expect(escalationPath(s, 'nothing')).toBeUndefined();
	});

	it('servicesByUnit groups the chooser’s services under their units', () => {
		expect(servicesByUnit(withAccountability())).toEqual([
			{ unitName: 'City Operations', services: [{ id: 'parking', name: 'Parking' }] },
			{ unitName: 'Children’s Trust', services: [{ id: 'social', name: 'Children’s social care' }] }
		]);
	});
});
