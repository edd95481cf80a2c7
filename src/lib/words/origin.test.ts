import { describe, expect, it } from 'vitest';
import { originLabels } from './origin';
import { describeProvenance, hrExportOf, hrExportRecord, provenanceWords } from './provenance';

describe('originLabels', () => {
	it('labels a source post with an assumed grade and start date as both', () => {
		const post = {
			provenance: {
				kind: 'source' as const,
				file: '003_e19b15a5f720a5bc.txt',
				section: 'Appendix A section 3'
			},
			assumed: { grade: 'the grade is the modeller’s choice', start: '1 July 2021' }
		};
		expect(originLabels(post)).toEqual({
			kind: 'Source',
			isAssumption: false,
			text: 'source: Cabinet report, 19 January 2021, Appendix A section 3',
			citation: {
				text: 'Cabinet report, 19 January 2021, Appendix A section 3',
				href: '/sources#source-003',
				anchor: 'source-003'
			},
			assumed: [
				{ words: 'grade', note: 'the grade is the modeller’s choice' },
				{ words: 'start date', note: '1 July 2021' }
			]
		});
	});

	it('calls a post that is itself a reading of the source an assumption, its note first', () => {
		const post = {
			provenance: { kind: 'source' as const, file: '003.txt', section: '3' },
			assumed: { exists: 'a reading of 003', grade: 'chosen' }
		};
		const o = originLabels(post);
		expect([o.kind, o.isAssumption, o.text]).toEqual([
			'Assumption',
			true,
			'assumption: a reading of the Cabinet report'
		]);
		expect(o.assumed).toEqual([{ words: 'grade', note: 'chosen' }]);
	});

	it('gives a record with nothing assumed its own kind alone', () => {
		const o = originLabels({ provenance: { kind: 'public-record', record: 'BCC pay 2020/21' } });
		expect(o).toEqual({
			kind: 'Public record',
			isAssumption: false,
			text: 'public record: BCC pay 2020/21',
			assumed: []
		});
	});

	it('labels a post imported from an HR export with the export and its file, not “Public record”', () => {
		// As the import writes it (establishment/buildStructure.ts): file, row and cost centre.
		const provenance = {
			kind: 'public-record' as const,
			record: hrExportRecord('establishment.csv', 7),
			note: 'cost centre C210'
		};
		expect(provenance.record).toBe('HR export establishment.csv, row 7');
		expect(originLabels({ provenance })).toEqual({
			kind: 'HR export establishment.csv',
			isAssumption: false,
			text: 'HR export: establishment.csv, row 7',
			assumed: []
		});
		expect(describeProvenance(provenance)).toEqual({
			kind: 'HR export',
			text: 'establishment.csv, row 7 — cost centre C210'
		});
		expect(provenanceWords(provenance)).toBe('HR export: establishment.csv, row 7');
	});

	it('says “HR export” alone when the record names no file, and keeps other records’ words', () => {
		const bare = { kind: 'public-record' as const, record: 'HR export' };
		expect(hrExportOf(bare)).toEqual({});
		expect(originLabels({ provenance: bare })).toMatchObject({
			kind: 'HR export',
			text: 'HR export'
		});
		// A unit as the import writes it: the file, no row.
		expect(hrExportOf({ kind: 'public-record', record: hrExportRecord('hr 2024.xlsx') })).toEqual({
			file: 'hr 2024.xlsx'
		});
		// Records that merely mention an export, and other kinds, are not the HR export.
		expect(hrExportOf({ kind: 'public-record', record: 'Pay policy, HR export notes' })).toBe(
			undefined
		);
		expect(hrExportOf({ kind: 'assumption', note: 'HR export establishment.csv' })).toBe(undefined);
	});
});
