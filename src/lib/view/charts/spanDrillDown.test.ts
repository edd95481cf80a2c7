import { describe, expect, it } from 'vitest';
import { spanOfControl } from '$lib/analysis';
import { makeStructure, post } from '$lib/testing/structure';
import {
	choiceCaption,
	managersChosen,
	narrowLinkText,
	parseSpanChoice,
	spanChoiceParams,
	spanColumns,
	spanReferenceLines
} from './spanDrillDown.ts';

// A Chief Executive with an office and three reports; one director with one report (narrow), one
// with two (narrow), one with four.
const s = makeStructure({
	posts: [
		post('ceo', 'Chief Executive'),
		post('office', 'Head of the Office', { reportsTo: 'ceo', office: true }),
		post('d1', 'Director One', { reportsTo: 'ceo' }),
		post('d2', 'Director Two', { reportsTo: 'ceo' }),
		post('d3', 'Director Three', { reportsTo: 'ceo' }),
		post('a1', 'Officer A1', { reportsTo: 'd1' }),
		post('b1', 'Officer B1', { reportsTo: 'd2' }),
		post('b2', 'Officer B2', { reportsTo: 'd2' }),
		...['c1', 'c2', 'c3', 'c4'].map((id) => post(id, `Officer ${id}`, { reportsTo: 'd3' }))
	]
});
const spans = spanOfControl(s);

describe('span drill-down', () => {
	it('counts direct reports without the office: the CEO on 3, not 4', () => {
		const cols = spanColumns(
			spans.managers,
			{ span: spans.ceo.span, title: 'Chief Executive' },
			{
				averageTarget: 10
			}
		);
		// Spans 1 to 10 (the target), d1 on 1, d2 on 2, the CEO on 3, d3 on 4.
		expect(cols.map((c) => c.value)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
		expect(cols[2]).toMatchObject({ highlight: true, tableNote: 'Chief Executive' });
	});

	it('lists a column’s managers, or the narrow spans, in structure order', () => {
		expect(managersChosen(spans.managers, { kind: 'span', span: 4 }).map((m) => m.postId)).toEqual([
			'd3'
		]);
		expect(managersChosen(spans.managers, { kind: 'narrow' }).map((m) => m.postId)).toEqual([
			'd1',
			'd2'
		]);
		expect(managersChosen(spans.managers, { kind: 'all' })).toHaveLength(4);
	});

	it('reads and writes the choice in the URL, other parameters kept', () => {
		expect(parseSpanChoice(new URLSearchParams('span=narrow'))).toEqual({ kind: 'narrow' });
		expect(parseSpanChoice(new URLSearchParams('span=3'))).toEqual({ kind: 'span', span: 3 });
		expect(parseSpanChoice(new URLSearchParams('span=0'))).toEqual({ kind: 'all' });
		expect(parseSpanChoice(new URLSearchParams('span=x'))).toEqual({ kind: 'all' });
		const at = new URLSearchParams('at=2021-12-01&span=2');
		expect(spanChoiceParams(at, { kind: 'narrow' })).toEqual({ at: '2021-12-01', span: 'narrow' });
		expect(spanChoiceParams(at, { kind: 'all' })).toEqual({ at: '2021-12-01', span: undefined });
	});

	it('says what each drill-down is', () => {
		expect(narrowLinkText(3, 412)).toBe('Narrow spans (1–2 reports): 412 managers');
		expect(narrowLinkText(2, 1)).toBe('Narrow spans (1 report): 1 manager');
		expect(choiceCaption({ kind: 'span', span: 1 }, 3)).toBe('Managers with 1 direct report');
		expect(choiceCaption({ kind: 'narrow' }, 3)).toBe('Managers with narrow spans (1–2 reports)');
	});

	it('draws the average here, the source’s 1:6 now and its 1:10 target, each its own style and the cited lines with short words too', () => {
		// 11 reports (office counted) over 4 managers: 2.75, read 1:2.8.
		expect(spanReferenceLines(spans.averageSpan, { averageTarget: 10 })).toEqual([
			{ value: 2.75, label: 'Average here: 1:2.8', style: 'solid' },
			{
				value: 6,
				label: '1:6 average now (Cabinet report, 19 January 2021, Appendix A section 3)',
				shortLabel: '1:6 average now',
				style: 'dashed'
			},
			{
				value: 10,
				label: '1:10 target (Cabinet report, 19 January 2021, Appendix A section 3)',
				shortLabel: '1:10 target',
				style: 'dotted'
			}
		]);
	});
});
