import { describe, expect, it } from 'vitest';
import { clt2020 } from '$lib/testing/councils';
import { buildCostedOptionsReport } from './costedOptions';
import { madeAt, pdfFooterTemplate } from './pdfFooter';

describe('pdfFooterTemplate', () => {
	it('pdfFooterTemplate names the structures and versions and leaves the page numbers to Chromium', () => {
		const base = clt2020();
		const option = { ...structuredClone(base), id: 'option-<1>', name: 'Option' };
		const report = buildCostedOptionsReport(
			{ structure: base, version: 2 },
			[{ structure: option, version: 5 }],
			{ generatedAt: '2021-01-20T10:05:00.000Z' }
		);
		const html = pdfFooterTemplate(report);
		expect(html).toContain('made 20 January 2021, 10:05 UTC from clt-2020 v2, option-&lt;1&gt; v5');
		expect(html).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
	});

	it('madeAt gives back text it cannot read as a date', () => {
		expect(madeAt('not a date')).toBe('not a date');
	});
});
