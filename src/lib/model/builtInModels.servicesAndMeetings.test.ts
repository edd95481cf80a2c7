import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { byId, raw } from '../testing/builtInModels';

// Services and meetings across the built-in structures: which unit delivers each service, and the
// 2021 groups that replace the 2020 meetings.
describe('built-in models', () => {
	it('every 2021 service id is listed under exactly one unit, and that unit delivers', () => {
		const doc = parse(raw('core-delivery-2021')) as {
			units: { id: string; services?: { id: string }[] }[];
		};
		const count = new Map<string, number>();
		for (const u of doc.units)
			for (const svc of u.services ?? []) count.set(svc.id, (count.get(svc.id) ?? 0) + 1);
		expect([...count.values()].every((n) => n === 1)).toBe(true);
		const s = byId['core-delivery-2021'];
		expect(Object.keys(s.services).sort()).toEqual([...count.keys()].sort());
		for (const svc of Object.values(s.services)) {
			const unit = s.units[svc.unit];
			expect(unit?.deliveryFunction, svc.id).toBe(true);
		}
		expect(Object.keys(s.services)).toHaveLength(39);
	});

	it('2020 and 2021 use the same service ids, so the diff shows services moving', () => {
		const before = byId['clt-2020'].services;
		const after = byId['core-delivery-2021'].services;
		// Integrated transport is 'newly proposed' in 2021 (003, Managing Director: City Operations).
		expect(Object.keys(after).filter((id) => !(id in before))).toEqual(['integrated-transport']);
		expect(Object.keys(before).filter((id) => !(id in after))).toEqual([]);
		expect([before.parking.unit, after.parking.unit]).toEqual([
			'inclusive-growth',
			'city-operations'
		]);
		expect([before['refuse-collection'].unit, after['refuse-collection'].unit]).toEqual([
			'neighbourhoods',
			'city-operations'
		]);
		expect([before.libraries.unit, after.libraries.unit]).toEqual([
			'neighbourhoods',
			'city-help-support'
		]);
	});

	it('the four monthly groups replace CLT, one a week, and name meetings that exist in 2020', () => {
		const s = byId['core-delivery-2021'];
		const old = byId['clt-2020'].meetings;
		const groups = ['strategy-group', 'performance-group', 'assurance-group', 'leadership-group'];
		expect(groups.map((id) => s.meetings[id].cadence)).toEqual(Array(4).fill('monthly'));
		expect(groups.map((id) => s.meetings[id].weekOfMonth)).toEqual([1, 2, 3, 4]);
		for (const id of groups) expect(s.meetings[id].replaces).toContain('clt');
		for (const m of Object.values(s.meetings))
			for (const r of m.replaces ?? []) expect(old[r], `${m.id} replaces ${r}`).toBeDefined();
		expect(s.meetings['performance-group'].chair).toBe('director-city-management');
		expect(s.meetings['assurance-group'].chair).toBe('director-city-management');
		expect(s.meetings['leadership-group'].memberRules).toEqual(['all-directors-and-reports']);
		expect(old.clt.memberRules).toEqual(['ceo-and-direct-reports']);
	});
});
