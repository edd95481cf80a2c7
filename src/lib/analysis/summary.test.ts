import { describe, expect, it } from 'vitest';
import { clt2020, coreDelivery2021 } from '$lib/testing/councils';
import { summarise } from './summary';

describe('summarise', () => {
	it('summarise gives the headline measures of the 2020-like fixture', () => {
		const summary = summarise(clt2020());
		expect({ ...summary, failedChecks: summary.failedChecks.length }).toEqual({
			id: 'clt-2020',
			name: 'Corporate Leadership Team, 2020 (fixture)',
			date: '2020-12-01',
			ceoSpan: 10,
			ceoSpanWithOffice: 11,
			// (11 + 5 × 2) / 6 managers
			averageSpan: 3.5,
			layers: 3,
			posts: 22,
			// the CEO (11 reports) and the five directorate directors (2 each)
			managers: 6,
			spanHistogram: { '2': 5, '11': 1 },
			fte: 22,
			// see structureCost: 228,610.94 + 91,747.26 + 10 × 192,011.26 + 10 × 108,347.26
			annualCost: 3323943.4,
			// CLT weekly 3 h × 52/12 × 12 attendees = 156; EMT quarterly 2 h / 3 × 10 = 6.67
			meetingHoursPerMonth: 156 + 20 / 3,
			// CEO too wide 1 + average 1 + narrow 5 + purpose-setter 5 + performance 5 + assurance 5
			//   + member 5 = 27
			failedChecks: 27
		});
	});

	it('summarise gives the 2021-like fixture its base and fewer failures', () => {
		const summary = summarise(coreDelivery2021());
		expect(summary.derivedFrom).toBe('clt-2020');
		expect([summary.ceoSpan, summary.ceoSpanWithOffice, summary.layers, summary.posts]).toEqual([
			4, 5, 3, 11
		]);
		// 228,610.94 + 91,747.26 + 9 × 192,011.26 = 2,048,459.54
		expect(summary.annualCost).toBe(2048459.54);
		// average (5 + 1 + 1 + 1 + 2) / 5 = 2; narrow: four managers with 1 or 2 reports
		expect(summary.failedChecks.map((v) => v.check)).toEqual([
			'span.average.below-target',
			'span.narrow',
			'span.narrow',
			'span.narrow',
			'span.narrow'
		]);
	});
});
