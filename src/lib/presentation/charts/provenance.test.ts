import { describe, expect, it } from 'vitest';
import { describeProvenance, formatAssumptionValue, toAssumptionRows } from './provenance.ts';
import { chartsFixture } from '$lib/testing/chartsFixture';

describe('describeProvenance', () => {
	it('describeProvenance cites a source by file and section', () => {
		expect(
			describeProvenance({
				kind: 'source',
				file: '003_e19b15a5f720a5bc.txt',
				section: '7.3.1',
				note: 'net increase'
			})
		).toEqual({ kind: 'Source', text: '003_e19b15a5f720a5bc.txt, 7.3.1 — net increase' });
	});

	it('describeProvenance names public records, assumptions and reconstructions', () => {
		expect(describeProvenance({ kind: 'public-record', record: 'BCC pay 2020/21' })).toEqual({
			kind: 'Public record',
			text: 'BCC pay 2020/21'
		});
		expect(describeProvenance({ kind: 'assumption', note: 'typical rate' })).toEqual({
			kind: 'Assumption',
			text: 'typical rate'
		});
		expect(
			describeProvenance({
				kind: 'reconstruction',
				note: 'one of five directorates',
				record: 'LGC'
			})
		).toEqual({ kind: 'Reconstruction', text: 'one of five directorates (from LGC)' });
	});
});

describe('formatAssumptionValue', () => {
	it('formatAssumptionValue writes rates as percentages, keeping the fraction of a per cent', () => {
		expect(formatAssumptionValue({ value: 0.138, unit: 'rate' })).toBe('13.8%');
		expect(formatAssumptionValue({ value: 0.0275, unit: 'rate' })).toBe('2.75%');
		expect(formatAssumptionValue({ value: 0.19, unit: 'rate' })).toBe('19%');
	});

	it('formatAssumptionValue writes pounds, hours and years', () => {
		expect(formatAssumptionValue({ value: 8788, unit: 'pounds' })).toBe('£8,788');
		expect(formatAssumptionValue({ value: 1650, unit: 'hours' })).toBe('1,650 hours');
		expect(formatAssumptionValue({ value: 2020, unit: 'year' })).toBe('2020');
	});
});

describe('toAssumptionRows', () => {
	it('toAssumptionRows labels modeller-chosen values as assumptions and public figures by record', () => {
		const rows = toAssumptionRows(chartsFixture().assumptions);
		expect(rows.map((r) => r.key)).toEqual([
			'employerNiRate',
			'employerNiThreshold',
			'employerPensionRate',
			'payAward',
			'productiveHoursPerYear',
			'baseYear'
		]);
		expect(rows[1]).toEqual({
			key: 'employerNiThreshold',
			label: 'Employer NI threshold',
			valueText: '£8,788',
			kind: 'Public record',
			origin: 'HMRC rates and thresholds 2020/21',
			isAssumption: false
		});
		expect(rows[0]).toMatchObject({ kind: 'Assumption', isAssumption: true, valueText: '13.8%' });
		expect(rows[5]).toMatchObject({ label: 'Grade points priced at', valueText: '2020/21' });
	});
});
