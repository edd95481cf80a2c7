import { describe, expect, it } from 'vitest';
import { originLabels } from './origin';

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
});
