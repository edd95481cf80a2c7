import { describe, expect, it } from 'vitest';
import { parseReportQuery, reportQueryString } from './query';

const parse = (q: string) => parseReportQuery(new URLSearchParams(q));

describe('parseReportQuery', () => {
	it('parseReportQuery reads the base, the options in order and pinned versions', () => {
		expect(
			parse(
				'base=clt-2020&options=core-delivery-2021-md-to-ceo,core-delivery-2021-md-to-purpose&versions=clt-2020@2'
			)
		).toEqual({
			ok: true,
			query: {
				base: 'clt-2020',
				options: ['core-delivery-2021-md-to-ceo', 'core-delivery-2021-md-to-purpose'],
				versions: { 'clt-2020': 2 }
			}
		});
	});

	it('parseReportQuery reads a version pinned as id@N, the one way an address names one', () => {
		expect(parse('base=clt-2020@2&options=a@5,b')).toEqual({
			ok: true,
			query: { base: 'clt-2020', options: ['a', 'b'], versions: { 'clt-2020': 2, a: 5 } }
		});
		expect(parse('base=clt-2020@0&options=a')).toEqual({
			ok: false,
			message: "base: 'clt-2020@0' is not a structure id"
		});
	});

	it('parseReportQuery accepts options repeated, as a form of checkboxes sends them', () => {
		expect(parse('base=clt-2020&options=a&options=b')).toMatchObject({
			ok: true,
			query: { options: ['a', 'b'] }
		});
	});

	it('parseReportQuery says what is missing or malformed', () => {
		expect(parse('options=a')).toEqual({
			ok: false,
			message: expect.stringContaining('?base=clt-2020')
		});
		expect(parse('base=clt-2020')).toEqual({
			ok: false,
			message: expect.stringContaining('&options=')
		});
		expect(parse('base=clt-2020&options=a,a')).toMatchObject({ ok: false });
		expect(parse('base=clt-2020&options=a&versions=a@x')).toEqual({
			ok: false,
			message: "versions: 'a@x' should read id@version, for example clt-2020@1"
		});
		expect(parse('base=clt-2020&options=a&versions=b@1')).toMatchObject({ ok: false });
		expect(parse('base=../etc&options=a')).toMatchObject({ ok: false });
	});

	it('reportQueryString round-trips through parseReportQuery', () => {
		const query = { base: 'clt-2020', options: ['a', 'b'], versions: { 'clt-2020': 1, a: 4 } };
		const text = reportQueryString(query);
		expect(text).toBe('base=clt-2020@1&options=a@4,b');
		expect(parse(text)).toEqual({ ok: true, query });
	});
});
