import { describe, expect, it } from 'vitest';
import { edited, temporaryStore } from '$lib/testing/storeFixture';
import { structureFromJson, structureToJson } from '../model/structureDocument';
import type { Structure } from '../model/types';

const t = temporaryStore();
const open = t.open;

describe('scenarios and versions', () => {
	it('saveScenario makes a new scenario at version 1, derived from its base', () => {
		const store = open();
		const base = store.getStructure('fixture')!.structure;
		const r = store.saveScenario({
			name: 'Parking to City Operations',
			derivedFrom: 'fixture',
			structure: edited(base, {
				type: 'moveService',
				serviceId: 'parking',
				unitId: 'city-operations'
			}),
			changeLog: ['Parking moved from Neighbourhoods to City Operations']
		});
		expect(r).toEqual({ ok: true, id: 'parking-to-city-operations', version: 1 });
		const got = store.getStructure('parking-to-city-operations')!;
		expect(got).toMatchObject({ version: 1, builtIn: false, derivedFromVersion: 1 });
		expect(got.structure).toMatchObject({
			id: 'parking-to-city-operations',
			name: 'Parking to City Operations',
			derivedFrom: 'fixture'
		});
		expect(got.structure.services['parking'].unit).toBe('city-operations');
		const again = store.saveScenario({
			name: 'Parking to City Operations',
			derivedFrom: 'fixture',
			structure: base
		});
		expect(again).toMatchObject({ ok: true, id: 'parking-to-city-operations-2' });
		expect(store.listStructures().map((l) => [l.id, l.builtIn, l.derivedFrom])).toEqual([
			['fixture', true, undefined],
			['parking-to-city-operations', false, 'fixture'],
			['parking-to-city-operations-2', false, 'fixture']
		]);
		expect(
			store.saveScenario({ name: 'x', derivedFrom: 'nothing', structure: base })
		).toMatchObject({
			ok: false,
			reason: 'not-found'
		});
	});

	it('saveVersion appends versions and reports a conflict (not an exception) on a stale base', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			derivedFrom: 'fixture',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const v1 = store.getStructure(id)!.structure;
		const mine = edited(v1, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' });
		const theirs = edited(v1, {
			type: 'regradePost',
			postId: 'dcm',
			grade: 'jnc-strategic-director'
		});
		expect(store.saveVersion(id, theirs, { basedOnVersion: 1, changeLog: ['regraded'] })).toEqual({
			ok: true,
			id,
			version: 2
		});
		expect(store.saveVersion(id, mine, { basedOnVersion: 1 })).toEqual({
			ok: false,
			reason: 'conflict',
			latestVersion: 2,
			message:
				'Someone saved version 2 since you opened version 1. Open version 2 and make your changes to it, or save yours as a new scenario.'
		});
		expect(store.history(id)!.map((h) => [h.version, h.basedOnVersion, h.changeLog])).toEqual([
			[1, undefined, []],
			[2, 1, ['regraded']]
		]);
		expect(store.getStructure(id)!.structure.posts.get('dcm')!.grade).toBe(
			'jnc-strategic-director'
		);
		expect(store.getStructure(id, 1)!.structure).toEqual(v1);
	});

	it('saveVersion of an unchanged document adds no version', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		// Same content with keys in another order is still unchanged.
		const same = structureFromJson(structureToJson(store.getStructure(id)!.structure));
		const reordered = Object.fromEntries(Object.entries(same).reverse()) as Structure;
		expect(store.saveVersion(id, reordered, { basedOnVersion: 1 })).toEqual({
			ok: true,
			id,
			version: 1,
			unchanged: true
		});
		expect(store.history(id)).toHaveLength(1);
	});

	it('saveVersion refuses an invalid document with located errors and saves nothing', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const bad = structuredClone(store.getStructure(id)!.structure) as Structure;
		bad.posts.get('dn')!.grade = 'band-z';
		const r = store.saveVersion(id, bad, { basedOnVersion: 1 });
		expect(r.ok).toBe(false);
		if (r.ok || r.reason !== 'invalid') throw new Error('expected invalid');
		expect(r.errors[0]).toMatchObject({ field: 'posts.dn.grade' });
		expect(r.errors[0].message).toMatch(/^unknown grade 'band-z'/);
		expect(store.history(id)).toHaveLength(1);
	});

	it('saveVersion to a built-in structure saves a scenario instead (built-ins are read-only)', () => {
		const store = open();
		const base = store.getStructure('fixture')!.structure;
		const r = store.saveVersion(
			'fixture',
			edited(base, { type: 'retitlePost', postId: 'dn', title: 'Director of Places' }),
			{ basedOnVersion: 1, changeLog: ['Director of Neighbourhoods retitled Director of Places'] }
		);
		expect(r).toEqual({
			ok: true,
			id: 'editing-fixture-scenario',
			version: 1,
			scenarioCreated: true
		});
		expect(store.history('fixture')).toHaveLength(1);
		expect(store.getStructure('editing-fixture-scenario')!.structure.derivedFrom).toBe('fixture');
		expect(store.history('editing-fixture-scenario')![0]).toMatchObject({
			changeLog: ['Director of Neighbourhoods retitled Director of Places'],
			note: 'Edited from built-in fixture version 1'
		});
	});

	it('restoreVersion makes an old version the latest as a new version', () => {
		const store = open();
		const { id } = store.saveScenario({
			name: 'Option A',
			structure: store.getStructure('fixture')!.structure
		}) as { id: string };
		const v1 = store.getStructure(id)!.structure;
		store.saveVersion(
			id,
			edited(v1, { type: 'moveService', serviceId: 'parking', unitId: 'city-operations' }),
			{
				basedOnVersion: 1
			}
		);
		expect(store.restoreVersion(id, 1)).toEqual({ ok: true, id, version: 3 });
		expect(store.getStructure(id)!.structure).toEqual(v1);
		const h = store.history(id)!;
		expect(h[2]).toMatchObject({ version: 3, basedOnVersion: 2, note: 'Restored version 1' });
		expect(h[2].changeLog).toEqual(['Parking moves from City Operations to Neighbourhoods']);
		expect(store.restoreVersion(id, 9)).toMatchObject({ ok: false, reason: 'not-found' });
		expect(store.restoreVersion(id, 1, { basedOnVersion: 2 })).toMatchObject({
			ok: false,
			reason: 'conflict',
			latestVersion: 3
		});
		expect(store.restoreVersion('fixture', 1)).toMatchObject({ ok: false, reason: 'read-only' });
	});

	it('versions are never overwritten or deleted, even by hand-written SQL', () => {
		const store = open();
		expect(() => store.db.prepare("UPDATE versions SET note = 'x'").run()).toThrow(
			/versions are never overwritten/
		);
		expect(() => store.db.prepare('DELETE FROM versions').run()).toThrow(/never deleted/);
	});
});
