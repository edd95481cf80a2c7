import { describe, expect, it } from 'vitest';
import { changed2020, clt2020 } from '$lib/testing/councils';
import { buildCostedOptionsReport } from './costedOptions';
import { maskMoneyInWords, maskReportPay } from './maskReportPay';

// changed2020 (worked in the test kit): one director created (+192,011.26), two deleted
// (−192,011.26 each), an assistant director regraded to JNC Director (+83,664.00): −108,347.26.
function report() {
	return buildCostedOptionsReport(
		{ structure: clt2020(), version: 1, builtIn: true },
		[{ structure: changed2020(), version: 2 }],
		{ generatedAt: '2021-01-20T10:00:00.000Z' }
	);
}

describe('maskReportPay', () => {
	it('maskReportPay keeps the option’s totals and changes to the penny', () => {
		const full = report();
		const masked = maskReportPay(full);
		const o = masked.options[0];
		expect(o.summary.annualCostBefore).toBe(3_323_943.4);
		expect(o.summary.annualCostAfter).toBe(3_215_596.14);
		expect(o.summary.annualCostChange).toBe(-108_347.26);
		expect(o.totals).toEqual({
			deleted: -384_022.52,
			created: 192_011.26,
			changed: 83_664,
			net: -108_347.26
		});
		expect(o.summary.byFunding).toEqual(full.options[0].summary.byFunding);
		expect(o.summary.years.map((y) => [y.year, y.before, y.after, y.change])).toEqual(
			full.options[0].summary.years.map((y) => [y.year, y.before, y.after, y.change])
		);
		expect({ ...o.reconciliation, explanation: [] }).toEqual({
			...full.options[0].reconciliation,
			explanation: []
		});
	});

	it('maskReportPay hides every post’s pay, on-costs, cost and change, and the grade points', () => {
		const masked = maskReportPay(report());
		const o = masked.options[0];
		const rows = [...o.deleted, ...o.created, ...o.changed.flatMap((c) => [c.before, c.after])];
		expect(rows.length).toBeGreaterThan(3);
		for (const r of rows) {
			expect([r.gradePoint, r.salary, r.employerNi, r.employerPension, r.total, r.funding]).toEqual(
				[null, null, null, null, null, null]
			);
			expect(r.gradeName).not.toBe('');
		}
		expect(o.changed.every((c) => c.delta === null)).toBe(true);
		expect(o.summary.years.flatMap((y) => y.phasing).every((p) => p.cost === null)).toBe(true);
		expect(masked.grades.every((g) => g.point === null && g.min === null && g.max === null)).toBe(
			true
		);
		// No grade point survives anywhere: £145,500 is a JNC Director's, £82,500 an Assistant Director's.
		const json = JSON.stringify(masked);
		for (const figure of ['145500', '145,500', '82500']) expect(json).not.toContain(figure);
	});

	it('maskReportPay takes the amounts out of sentences about a post, and keeps those about totals', () => {
		const o = maskReportPay(report()).options[0];
		expect(o.differences).toContain(
			'Director of HR and Organisational Development is deleted (JNC Director)'
		);
		expect(o.differences).toContain(
			'Director of City Management is created (JNC Director), reporting to Chief Executive in Corporate'
		);
		expect(o.differences).toContain(
			'The full-year cost goes from £3,323,943 to £3,215,596 (−£108,347 a year)'
		);
		expect(o.changed[0].changes).toEqual([
			'Assistant Director 1, Neighbourhoods is regraded from Assistant Director to JNC Director'
		]);
		const explanation = o.reconciliation.explanation.join('\n');
		expect(explanation).toContain(
			'Largest contributions: Director of HR and Organisational Development deleted, Assistant Chief Executive deleted and Director of City Management created.'
		);
		expect(explanation).toContain(
			'Posts are costed at their grade’s costing point, not actual pay: Assistant Director at masked'
		);
		expect(explanation).toContain('Modelled: −£108,347 a year of revenue cost');
	});

	it('maskMoneyInWords drops bracketed amounts and names the rest masked', () => {
		expect(maskMoneyInWords('X is deleted (JNC Director, saving £192,011 a year)')).toBe(
			'X is deleted (JNC Director)'
		);
		expect(maskMoneyInWords('X regraded (+£83,664 a year)')).toBe('X regraded');
		expect(maskMoneyInWords('Y at £82,500 and Z at £1.2m')).toBe('Y at masked and Z at masked');
	});
});
