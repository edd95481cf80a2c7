import { describe, expect, it } from 'vitest';
import {
	citationSegments,
	citeSource,
	citeSourceText,
	nameSourceIds,
	sectionWords,
	sourceDate,
	sourceDocument,
	SOURCE_DOCUMENTS
} from './sources';

describe('the source documents', () => {
	it('names each seed document once, by file and short id alike', () => {
		expect(SOURCE_DOCUMENTS.map((d) => d.id)).toEqual(['003', '002', '000', '004', '001']);
		expect(sourceDocument('003_e19b15a5f720a5bc.txt')).toBe(sourceDocument('003'));
		expect(sourceDocument('003')?.name).toBe('Cabinet report');
		expect(sourceDocument('establishment.csv')).toBeUndefined();
	});

	it('sourceDate writes a day where the document gives one, else the month', () => {
		expect(sourceDate(sourceDocument('003')!)).toBe('19 January 2021');
		expect(sourceDate(sourceDocument('002')!)).toBe('21 July 2020');
		expect(sourceDate(sourceDocument('000')!)).toBe('November 2016');
		expect(sourceDate(sourceDocument('001')!)).toBe('April 2015');
	});

	it('gives a public address only for the documents that print one', () => {
		expect(SOURCE_DOCUMENTS.filter((d) => d.address).map((d) => d.id)).toEqual(['000', '001']);
	});
});

describe('sectionWords', () => {
	it('reads a numbered paragraph as "para", a bare number as a section', () => {
		expect(sectionWords('7.3.1')).toBe('para 7.3.1');
		expect(sectionWords('5.3.')).toBe('para 5.3');
		expect(sectionWords('4')).toBe('section 4');
	});

	it('keeps an appendix or section as written and quotes a heading', () => {
		expect(sectionWords('Appendix A section 3')).toBe('Appendix A section 3');
		expect(sectionWords('section 3.3')).toBe('section 3.3');
		expect(sectionWords('Risk Management')).toBe('“Risk Management”');
	});
});

describe('citeSource', () => {
	it('cites the Cabinet report by name and date, linked to its entry', () => {
		expect(citeSource('003_e19b15a5f720a5bc.txt', '7.3.1')).toEqual({
			text: 'Cabinet report, 19 January 2021, para 7.3.1',
			href: '/sources#source-003',
			anchor: 'source-003'
		});
	});

	it('joins several places in one document', () => {
		expect(citeSourceText('003', '2.2', '7.3.1')).toBe(
			'Cabinet report, 19 January 2021, para 2.2 and para 7.3.1'
		);
		expect(citeSourceText('003', 'section 4', '3.4.3', 'Appendix A section 3')).toBe(
			'Cabinet report, 19 January 2021, section 4, para 3.4.3 and Appendix A section 3'
		);
	});

	it('names a document alone when no place is given', () => {
		expect(citeSource('004')).toEqual({
			text: 'Improvement Panel’s letter to the Secretary of State, 9 November 2016',
			href: '/sources#source-004',
			anchor: 'source-004'
		});
	});

	it('leaves a file that is not a source document as named, with no link', () => {
		expect(citeSource('establishment.csv', '42')).toEqual({
			text: 'establishment.csv, section 42'
		});
	});
});

describe('citationSegments', () => {
	it('finds each citation in running text, its places and all, up to the bracket', () => {
		const text =
			'Stated: +£510,000 a year (source: Cabinet report, 19 January 2021, para 7.3.1). Next.';
		expect(citationSegments(text)).toEqual([
			'Stated: +£510,000 a year (source: ',
			{
				text: 'Cabinet report, 19 January 2021, para 7.3.1',
				href: '/sources#source-003',
				anchor: 'source-003'
			},
			'). Next.'
		]);
	});

	it('stops a citation at a dash or the end of a sentence, and leaves other text whole', () => {
		const parts = citationSegments(
			'Leader’s letter to the Secretary of State, 21 July 2020, “Risk Management” — a note.'
		);
		expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.text}]`)).join('')).toBe(
			'[Leader’s letter to the Secretary of State, 21 July 2020, “Risk Management”] — a note.'
		);
		expect(citationSegments('No citation here.')).toEqual(['No citation here.']);
	});
});

describe('nameSourceIds', () => {
	it('names a document a model’s prose gives by short id, leaving figures alone', () => {
		expect(nameSourceIds('Monthly is from 003; three hours are assumptions')).toBe(
			'Monthly is from the Cabinet report; three hours are assumptions'
		);
		expect(nameSourceIds('003, Appendix A section 3 also notes it. 002 gives no cadence.')).toBe(
			'The Cabinet report, Appendix A section 3 also notes it. The Leader’s letter of July 2020 gives no cadence.'
		);
		expect(nameSourceIds('£8,000 a year, 1,000 posts, 003_e19b15a5f720a5bc.txt')).toBe(
			'£8,000 a year, 1,000 posts, 003_e19b15a5f720a5bc.txt'
		);
		expect(nameSourceIds('(000, 5.3; 004, “The Council”)')).toBe(
			'(the 2016 progress report, 5.3; the Improvement Panel’s 2016 letter, “The Council”)'
		);
	});
});
