import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { LAST_DAY_IN_VIEW, parseDayInView, statutoryHolders, toWaveGroups } from './dayInView';

const model = (id: string) => loadBuiltInModels().find((m) => m.id === id)!;

describe('parseDayInView', () => {
	it('takes a real day from the structure date to 31 March 2026, and nothing else', () => {
		expect(LAST_DAY_IN_VIEW).toBe('2026-03-31');
		expect(parseDayInView('2021-12-01', '2021-01-19')).toBe('2021-12-01');
		expect(parseDayInView('2021-01-19', '2021-01-19')).toBe('2021-01-19');
		expect(parseDayInView('2026-03-31', '2021-01-19')).toBe('2026-03-31');
		expect(parseDayInView('2026-04-01', '2021-01-19')).toBeUndefined();
		expect(parseDayInView('2021-01-18', '2021-01-19')).toBeUndefined();
		expect(parseDayInView('2021-02-30', '2021-01-19')).toBeUndefined();
		expect(parseDayInView('1 December 2021', '2021-01-19')).toBeUndefined();
		expect(parseDayInView(null, '2021-01-19')).toBeUndefined();
	});
});

describe('toWaveGroups', () => {
	it('lists the 2020 model’s one dated change: the Games Director leaving after 31 December 2022', () => {
		expect(toWaveGroups(model('clt-2020'))).toEqual([
			{
				date: '2023-01-01',
				heading: '1 January 2023',
				changes: ['Commonwealth Games Director leaves (last day 31 December 2022)']
			}
		]);
	});

	it('groups the 2021 model’s changes by day, the City Life Courses handover on 1 April 2022', () => {
		const groups = toWaveGroups(model('core-delivery-2021'));
		expect(groups.map((g) => g.date)).toEqual([
			'2021-04-01',
			'2021-07-01',
			'2021-10-01',
			'2022-01-01',
			'2022-04-01',
			'2023-01-01',
			'2024-04-01'
		]);
		const april2022 = groups[4];
		expect(april2022.changes).toContain('Managing Director: City Life Courses starts');
		expect(april2022.changes).toContain(
			'Director of Adult Social Care (Director of Adult Social Services until City Life Courses starts) leaves (last day 31 March 2022)'
		);
		expect(groups[2].changes).toContain(
			'The posts of the earlier structure that this one drops go'
		);
	});
});

describe('statutoryHolders', () => {
	it('names every statutory role’s holder, “nobody” where none holds it', () => {
		const s = model('core-delivery-2021');
		const noDass = {
			...s,
			posts: new Map(
				[...s.posts].map(([id, p]) => [
					id,
					{ ...p, statutoryRoles: p.statutoryRoles.filter((r) => r !== 'dass') }
				])
			)
		};
		const rows = statutoryHolders(noDass);
		expect(rows).toHaveLength(6);
		expect(rows.find((r) => r.role === 'Director of Adult Social Services')?.holders).toBe(
			'nobody'
		);
	});
});
