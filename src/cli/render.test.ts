import { describe, expect, it } from 'vitest';
import { compareStructures, structureAt, summarise } from '../lib/analysis/index.ts';
import { changed2020, clt2020 } from '../lib/testing/councils.ts';
import { post } from '../lib/testing/structure.ts';
import { comparisonJson, dayJson, renderComparison, renderSummary } from './render.ts';

function withCapitalPost() {
	const a = clt2020();
	const b = changed2020();
	b.posts = new Map(b.posts).set(
		'pmo',
		post('pmo', 'Head of PMO', {
			grade: 'assistant-director',
			reportsTo: 'director-city-management',
			status: 'new',
			funding: { capital: 100 }
		})
	);
	return { a, b, c: compareStructures(a, b) };
}

describe('comparisonJson', () => {
	it('comparisonJson gives the total, revenue and by-funding change', () => {
		const { a, b, c } = withCapitalPost();
		const json = comparisonJson(a, b, c);
		// −108,347.26 (changed2020) + 108,347.26 (the capital-funded PMO head) = 0
		expect(json.annualCostChange).toBe(0);
		expect(json.revenueCostChange).toBe(-108347.26);
		expect(json.costChangeByFunding).toEqual({
			generalFund: -108347.26,
			hra: 0,
			capital: 108347.26,
			grant: 0
		});
		expect(json.reconciliation.basis).toBe('revenue');
	});
});

describe('renderComparison', () => {
	it('renderComparison prints the cost by funding source and the revenue change', () => {
		const { a, b, c } = withCapitalPost();
		const text = renderComparison(a, b, c);
		// 3,323,943.40 before; after 3,215,596.14 + 108,347.26 = 3,323,943.40
		expect(text).toContain('Capital                                £0     £108,347   +£108,347');
		expect(text).toMatch(/Revenue cost \(all but capital\) +£3,323,943 +£3,215,596 +−£108,347/);
		expect(text).toContain('Reconciliation (revenue: capital-funded cost left out):');
	});
});

describe('comparisonJson: how sure', () => {
	it('adds the range of the revenue change and the drivers, largest first', () => {
		const { a, b, c } = withCapitalPost();
		const json = comparisonJson(a, b, c);
		expect(json.annualCostChangeRange).toEqual({
			low: c.sensitivity.range.low,
			high: c.sensitivity.range.high
		});
		const swings = json.drivers.map((d) => d.high - d.low);
		expect(swings).toEqual([...swings].sort((x, y) => y - x));
		for (const d of json.drivers) expect(Object.keys(d)).toEqual(['label', 'low', 'high']);
	});
});

describe('dayJson', () => {
	it('names the day, the interim posts and who holds each role, and the gaps over the change', () => {
		const s = clt2020();
		s.interimPosts = {
			stand: post('stand', 'Interim Director of Public Health', {
				status: 'interim',
				reportsTo: 'ceo',
				end: '2021-03-31',
				statutoryRoles: ['dph']
			})
		};
		const day = structureAt(s, '2021-01-01');
		const json = dayJson(s, day, '2021-01-01');
		expect(json.at).toBe('2021-01-01');
		expect(json.interimPosts).toEqual(['stand']);
		expect(json.transition).toEqual({ from: '2020-12-01', to: '2021-03-31' });
		expect(renderSummary(summarise(day), json)).toContain('Statutory roles that day:');
	});
});
