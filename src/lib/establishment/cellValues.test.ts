import { describe, expect, it } from 'vitest';
import { parseFte, parseFunding, parseSalary, parseVacancy } from './cellValues';

describe('cell values', () => {
	it('reads FTE, blank as full time, and refuses what is not a fraction of a post', () => {
		expect([parseFte(''), parseFte('0.5'), parseFte('0,6'), parseFte('80%')]).toEqual([
			{ ok: true, value: 1 },
			{ ok: true, value: 0.5 },
			{ ok: true, value: 0.6 },
			{ ok: true, value: 0.8 }
		]);
		expect(parseFte('abc')).toMatchObject({
			ok: false,
			message: expect.stringContaining('not a number')
		});
		expect(parseFte('0')).toMatchObject({
			ok: false,
			message: expect.stringContaining('not more than 0')
		});
		// 37 hours of 37 is 1
		expect(parseFte('37')).toMatchObject({
			ok: false,
			message: expect.stringContaining('37 hours of 37 is 1')
		});
		expect(parseFte('2')).toMatchObject({
			ok: false,
			message: expect.stringContaining('more than 1')
		});
	});

	it('reads a salary with pound signs and commas', () => {
		expect(parseSalary('£31,234.50')).toEqual({ ok: true, value: 31234.5 });
		expect(parseSalary('')).toEqual({ ok: true, value: undefined });
		expect(parseSalary('12.50')).toMatchObject({
			ok: false,
			message: expect.stringContaining('hourly')
		});
		expect(parseSalary('n/a')).toMatchObject({ ok: false });
	});

	it('reads vacancy words', () => {
		expect(['Yes', 'Vacant', 'No', 'Filled', '', 'Acting'].map((t) => parseVacancy(t))).toEqual([
			{ ok: true, value: 'vacant' },
			{ ok: true, value: 'vacant' },
			{ ok: true, value: 'existing' },
			{ ok: true, value: 'existing' },
			{ ok: true, value: 'existing' },
			{ ok: true, value: 'interim' }
		]);
		expect(parseVacancy('maybe').ok).toBe(false);
	});

	it('reads one funding source or shares adding up to 100', () => {
		expect(parseFunding('HRA')).toEqual({ ok: true, value: { hra: 100 } });
		expect(parseFunding('General Fund 40% / HRA 60%')).toEqual({
			ok: true,
			value: { generalFund: 40, hra: 60 }
		});
		expect(parseFunding('GF 50% / HRA 40%')).toMatchObject({
			ok: false,
			message: expect.stringContaining('90%')
		});
		expect(parseFunding('Lottery')).toMatchObject({
			ok: false,
			message: expect.stringContaining('not a funding source')
		});
	});
});
