import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseStructureYaml } from './load';
import { expansionLimit, yamlExpansion } from './yamlExpansion';

describe('yamlExpansion', () => {
	it('counts each alias as the text it stands for', () => {
		// "abc" is 3 characters + 1 per scalar; the map's keys count too.
		const doc = parseDocument('a: &x abc\nb: *x\nc: *x\n');
		// keys a, b, c: 3 × 2 = 6; values: 3 × 4 = 12.
		expect(yamlExpansion(doc, 1000)).toEqual({ size: 18 });
	});

	it('finds the alias at which the text passes the limit', () => {
		const doc = parseDocument('a: &x abcdefghi\nb: *x\nc: *x\n');
		// a + abcdefghi = 2 + 10 = 12; b + *x = 2 + 10 → 24 > 20 at the alias on line 2.
		const r = yamlExpansion(doc, 20);
		expect(r.overAt?.offset).toBe('a: &x abcdefghi\nb: '.length);
	});
});

describe('parseStructureYaml refuses alias amplification', () => {
	it('refuses a 450 KB string referenced 400 times, naming the line', () => {
		const big = 'x'.repeat(450_000);
		const refs = Array.from({ length: 400 }, () => '  - *big').join('\n');
		const text = `id: amplified\nname: &big "${big}"\nnotes:\n${refs}\n`;
		const r = parseStructureYaml(text, 'amplified.yaml');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toHaveLength(1);
		// The limit for this 462,823-character file is 4 × 462,823 + 1,048,576 = 2,899,868. The
		// anchor itself is 450,001; each alias adds 450,001, so the sixth alias (line 4 + 5 = 9)
		// takes it to 3,150,007 and is named, long before all 400.
		expect(r.errors[0].message).toContain('expand it to more than 3 MB');
		expect(r.errors[0].line).toBe(9);
	});

	it('leaves ordinary aliases alone', () => {
		expect(expansionLimit(100)).toBe(400 + 1024 * 1024);
		const doc = parseDocument('split: &gf { generalFund: 100 }\nother: *gf\n');
		expect(yamlExpansion(doc, expansionLimit(40)).overAt).toBeUndefined();
	});
});
