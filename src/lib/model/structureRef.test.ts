import { describe, expect, it } from 'vitest';
import { formatStructureRef, parseStructureRef } from './structureRef';

describe('a structure named in an address', () => {
	it('reads an id as the latest version and id@N as version N', () => {
		expect(parseStructureRef('clt-2020')).toEqual({ id: 'clt-2020' });
		expect(parseStructureRef('clt-2020@3')).toEqual({ id: 'clt-2020', version: 3 });
		expect(parseStructureRef(' option-a@12 ')).toEqual({ id: 'option-a', version: 12 });
	});

	it('refuses an empty name and a version that is not a whole number from 1', () => {
		expect(parseStructureRef('')).toBeUndefined();
		expect(parseStructureRef('clt-2020@0')).toBeUndefined();
		expect(parseStructureRef('clt-2020@x')).toBeUndefined();
		expect(parseStructureRef('clt-2020@')).toBeUndefined();
	});

	it('writes what it reads', () => {
		for (const text of ['clt-2020', 'clt-2020@1', 'a.b_c@40'])
			expect(formatStructureRef(parseStructureRef(text)!)).toBe(text);
	});
});
