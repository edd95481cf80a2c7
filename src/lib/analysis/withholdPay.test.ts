import { describe, expect, it } from 'vitest';
import { postCost, unitTotals } from '$lib/analysis';
import { editingFixture } from '$lib/testing/editingFixture';
import { withholdPay } from './withholdPay';
import { structureToJson } from '$lib/model/structureDocument';

describe('withholdPay', () => {
	it('leaves no salary or grade pay, keeps unit totals, and costs worked out from it are NaN', () => {
		const s = editingFixture();
		const { structure, unitCosts } = withholdPay(s);
		expect(structureToJson(structure)).not.toMatch(/"salary"/);
		for (const g of Object.values(structure.grades)) expect(g.point).toBeNaN();
		const totals = unitTotals(s);
		for (const [id, t] of Object.entries(totals))
			expect(unitCosts[id]).toEqual({ own: t.own.cost, all: t.all.cost });
		const live = [...s.posts.values()].find((p) => p.status !== 'deleted')!;
		expect(postCost(structure, live.id).total).toBeNaN();
		// The original is untouched.
		expect(Object.values(s.grades).every((g) => Number.isFinite(g.point))).toBe(true);
	});

	it('adds the units’ own costs into the total shown in place of the posts’ pay', () => {
		// The four units of the fixture: £320,358.20 + £300,358.52 + £392,105.78 + £283,758.52.
		expect(withholdPay(editingFixture()).total).toBe(1_296_581.02);
	});
});
