import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStructureYaml } from '../lib/model/load';
import { spanOfControl } from '../lib/analysis/spanOfControl';
import { generateHrExport, toCsv } from '../../tests/support/hrExport';

const dir = mkdtempSync(join(tmpdir(), 'apply-option-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model apply-option', () => {
	it('lays a built-in option over an HR export and writes a model file that loads', () => {
		const hr = generateHrExport({ posts: 400, seed: 3 });
		writeFileSync(join(dir, 'hr.csv'), toCsv(hr));
		// Every team of the generated directors moves to the Director of City Management.
		const directors = hr.rows.filter((r) => r[1] === hr.rows[0][0]).map((r) => r[0]);
		const map = directors.map((id) => `${id}=director-city-management`).join(',');
		const out = join(dir, 'applied.yaml');
		const stdout = execFileSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'src/cli/model.ts',
				'apply-option',
				join(dir, 'hr.csv'),
				'core-delivery-2021-md-to-purpose',
				'--map',
				map,
				'--out',
				out
			],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		// The model file goes to --out, nothing to standard output.
		expect(stdout).toBe('');
		const loaded = parseStructureYaml(readFileSync(out, 'utf8'), 'applied.yaml');
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
		const s = loaded.structure;
		// The option's Chief Executive, with its five direct reports (six with the office).
		expect(s.ceo).toBe('chief-executive');
		expect(spanOfControl(s).ceo.span).toBe(5);
		// 400 rows less the top post and its directors, plus the option's senior posts.
		const optionPosts = Object.values(s.posts).filter((p) => !/^P\d+$/.test(p.id)).length;
		expect(Object.keys(s.posts)).toHaveLength(400 - 1 - directors.length + optionPosts);
		expect(s.seniorOption?.replaced).toHaveLength(1 + directors.length);
	});
});
