import { describe, expect, it } from 'vitest';
import type { Assumptions } from '../model/types';
import { toAssumptionRows, formatAssumptionValue } from './assumptions';
import { sameCostWords } from './sameCost';
import { fundingWords } from './funding';
import { linkSentence } from './links';
import { cadenceWord } from './meetings';
import {
	assumedRows,
	describeProvenance,
	fieldProvenance,
	provenanceWithAssumedWords,
	provenanceWords
} from './provenance';

describe('funding, links and meetings in words', () => {
	it('fundingWords puts the share first, in the sources’ fixed order', () => {
		expect(fundingWords({ hra: 40, generalFund: 60 })).toBe(
			'60% General Fund, 40% Housing Revenue Account'
		);
		expect(fundingWords({ capital: 100, hra: 0 })).toBe('100% Capital');
		// An empty split is costed to the General Fund.
		expect(fundingWords({})).toBe('100% General Fund');
	});

	it('linkSentence reads a link as a sentence, and as ended', () => {
		const name = (id: string) => ({ pd: 'Purpose Director', cl: 'City Life' })[id] ?? id;
		const link = { type: 'sets-purpose-for' as const, from: 'pd', to: 'cl' };
		expect(linkSentence(name, link)).toBe(
			'Purpose Director sets purpose and measures for City Life'
		);
		expect(linkSentence(name, link, true)).toBe(
			'Purpose Director no longer sets purpose and measures for City Life'
		);
	});

	it('cadenceWord says how often', () => {
		expect(cadenceWord('monthly')).toBe('monthly');
		expect(cadenceWord('annual')).toBe('annually');
	});
});

describe('provenance in words', () => {
	it('describeProvenance cites a source by its name, date and section, linked to its entry', () => {
		expect(
			describeProvenance({
				kind: 'source',
				file: '003_e19b15a5f720a5bc.txt',
				section: '7.3.1',
				note: 'net increase'
			})
		).toEqual({
			kind: 'Source',
			text: 'Cabinet report, 19 January 2021, para 7.3.1 — net increase',
			citation: {
				text: 'Cabinet report, 19 January 2021, para 7.3.1',
				href: '/sources#source-003',
				anchor: 'source-003'
			}
		});
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

	it('provenanceWords is one short phrase, saying plainly when a figure is assumed', () => {
		expect(
			provenanceWords({
				kind: 'source',
				file: '003_e19b15a5f720a5bc.txt',
				section: '7.3.1',
				note: 'not shown'
			})
		).toBe('source: Cabinet report, 19 January 2021, para 7.3.1');
		expect(provenanceWords({ kind: 'public-record', record: 'HMRC 2020/21' })).toBe(
			'public record: HMRC 2020/21'
		);
		expect(provenanceWords({ kind: 'assumption', note: 'typical rate' })).toBe(
			'assumption: typical rate'
		);
	});
});

describe('assumptions in words', () => {
	it('formatAssumptionValue writes rates exactly, pounds, hours, and a year as a financial year', () => {
		expect(formatAssumptionValue({ value: 0.138, unit: 'rate' })).toBe('13.8%');
		expect(formatAssumptionValue({ value: 0.0275, unit: 'rate' })).toBe('2.75%');
		expect(formatAssumptionValue({ value: 0.19, unit: 'rate' })).toBe('19%');
		expect(formatAssumptionValue({ value: 8788, unit: 'pounds' })).toBe('£8,788');
		expect(formatAssumptionValue({ value: 1650, unit: 'hours' })).toBe('1,650 hours');
		expect(formatAssumptionValue({ value: 2020, unit: 'year' })).toBe('2020/21');
	});

	it('toAssumptionRows labels modeller-chosen values as assumptions and public figures by record', () => {
		const assumptions: Assumptions = {
			employerNiRate: {
				label: 'Employer NI rate',
				value: 0.138,
				unit: 'rate',
				provenance: { kind: 'assumption', note: 'standard rate' }
			},
			employerNiThreshold: {
				label: 'Employer NI threshold',
				value: 8788,
				unit: 'pounds',
				provenance: { kind: 'public-record', record: 'HMRC rates and thresholds 2020/21' }
			},
			baseYear: {
				label: 'Grade points priced at',
				value: 2020,
				unit: 'year',
				provenance: { kind: 'assumption', note: 'pay year' }
			}
		} as Assumptions;
		const rows = toAssumptionRows(assumptions);
		expect(rows.map((r) => r.key)).toEqual(['employerNiRate', 'employerNiThreshold', 'baseYear']);
		expect(rows[1]).toEqual({
			key: 'employerNiThreshold',
			label: 'Employer NI threshold',
			valueText: '£8,788',
			kind: 'Public record',
			origin: 'HMRC rates and thresholds 2020/21',
			isAssumption: false
		});
		expect(rows[0]).toMatchObject({ kind: 'Assumption', isAssumption: true, valueText: '13.8%' });
		expect(rows[2]).toMatchObject({ label: 'Grade points priced at', valueText: '2020/21' });
	});
});

describe('per-field provenance', () => {
	const post = {
		provenance: {
			kind: 'source' as const,
			file: '003_e19b15a5f720a5bc.txt',
			section: 'Appendix A section 3, Managing Director: City Housing'
		},
		assumed: { grade: 'the modeller’s choice', funding: '80% HRA, 20% General Fund' }
	};

	it('gives a field its own assumption, and the record’s source for the rest', () => {
		expect(fieldProvenance(post, 'funding')).toEqual({
			kind: 'assumption',
			note: '80% HRA, 20% General Fund'
		});
		expect(fieldProvenance(post, 'title')).toBe(post.provenance);
		expect(assumedRows(post).map((r) => r.words)).toEqual(['grade', 'funding split']);
	});

	it('reads the source and each assumed value in one phrase', () => {
		expect(provenanceWithAssumedWords(post)).toBe(
			'source: Cabinet report, 19 January 2021, Appendix A section 3, Managing Director: City Housing; assumed: grade (the modeller’s choice); funding split (80% HRA, 20% General Fund)'
		);
		expect(provenanceWithAssumedWords({ provenance: post.provenance })).toBe(
			'source: Cabinet report, 19 January 2021, Appendix A section 3, Managing Director: City Housing'
		);
	});
});

describe('sameCostWords', () => {
	const base = 'Council Core and Delivery Functions, 2021';
	it('names what differs when the posts and cost are the same', () => {
		expect(sameCostWords(base, { reportingLines: 5, remits: 1, otherPosts: 0 })).toBe(
			'Same posts and cost as Council Core and Delivery Functions, 2021: only 5 reporting lines and 1 remit differ.'
		);
		expect(sameCostWords(base, { reportingLines: 1, remits: 0, otherPosts: 0 })).toBe(
			'Same posts and cost as Council Core and Delivery Functions, 2021: only 1 reporting line differs.'
		);
	});
	it('says so when nothing differs post by post', () => {
		expect(sameCostWords(base, { reportingLines: 0, remits: 0, otherPosts: 0 })).toBe(
			'Same posts, reporting lines and cost as Council Core and Delivery Functions, 2021.'
		);
	});
});
