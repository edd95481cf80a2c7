import { it, expect } from 'vitest';
import { loadBuiltInModels } from '$lib/model';
import { buildCostedOptionsReport } from './costedOptions';
it('scratch', () => {
	const all = loadBuiltInModels();
	const by = Object.fromEntries(all.map((s) => [s.id, s]));
	const r = buildCostedOptionsReport({ structure: by['clt-2020'] }, ['core-delivery-2021-md-to-ceo','core-delivery-2021-md-to-purpose','core-delivery-2021-md-to-city-management'].map((id) => ({ structure: by[id] })));
	for (const o of r.options) {
		console.log(o.ref.id, o.summary.annualCostChange, o.totals, o.summary.ceoSpan, o.summary.averageSpan, o.summary.layers, o.summary.failedChecks.before, o.summary.failedChecks.after, JSON.stringify(o.summary.years.map(y=>[y.year,y.before,y.after,y.change, y.phasing.length])), o.summary.byFunding);
		console.log(o.deleted.length, o.created.length, o.changed.length, o.oneOff, o.reconciliation);
	}
	console.log(r.assumptions, r.grades, r.chartBefore.width, r.chartBefore.height, r.options[0].chartAfter.width, r.options[0].chartAfter.height);
	expect(1).toBe(1);
});
