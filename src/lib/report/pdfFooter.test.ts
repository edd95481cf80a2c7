import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { buildCostedOptionsReport } from './costedOptions';
import { footerSubject, madeAt, pdfFooterTemplate } from './pdfFooter';

describe('pdfFooterTemplate', () => {
	it('pdfFooterTemplate is one short line naming the paper, and leaves the page numbers to Chromium', () => {
		const base = clt2020();
		const option = { ...structuredClone(base), id: 'option-<1>', name: 'Option' };
		const report = buildCostedOptionsReport(
			{ structure: base, version: 2 },
			[{ structure: option, version: 5 }],
			{ generatedAt: '2021-01-20T10:05:00.000Z' }
		);
		const html = pdfFooterTemplate(report);
		expect(html).toContain(
			'Council Design · JNC report · Corporate Leadership Team, 2020 (fixture) against Option · made 20 January 2021'
		);
		// The versions and the time are on the first page, not on every page.
		expect(html).not.toContain('v5');
		expect(html).toContain('white-space: nowrap');
		expect(html).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
	});

	it('footerSubject counts several options and cuts a long name at 72 characters', () => {
		const ref = (name: string) => ({ ref: { id: 'x', name, date: '2021-01-01', builtIn: true } });
		const base = {
			id: 'clt-2020',
			name: 'Corporate Leadership Team, 2020',
			date: '2020-01-01',
			builtIn: true
		};
		expect(footerSubject({ base, options: [ref('A'), ref('B'), ref('C')] } as never)).toBe(
			'Corporate Leadership Team, 2020 against 3 options'
		);
		const long = footerSubject({ base, options: [ref('x'.repeat(200))] } as never);
		expect(long).toHaveLength(72);
		expect(long.endsWith('…')).toBe(true);
	});

	it('madeAt gives back text it cannot read as a date', () => {
		expect(madeAt('not a date')).toBe('not a date');
	});
});
