import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStructureYaml } from '../lib/model/load';
import { loadModelFiles } from '../lib/model';
import { spanOfControl } from '../lib/analysis/spanOfControl';
import { summarise } from '../lib/analysis/summary';
import { establishmentFromFile } from '../lib/establishment';
import { figuresOf, planSeniorOption } from '../lib/establishment/seniorOptionPlan';
import { generateHrExport, toCsv } from '../../tests/support/hrExport';

const dir = mkdtempSync(join(tmpdir(), 'apply-option-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `model apply-option`, as a person runs it; what it writes is in `out`. */
function cli(...args: string[]): string {
	return execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/model.ts', ...args], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

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
		const optionPosts = [...s.posts.values()].filter((p) => !/^P\d+$/.test(p.id)).length;
		expect([...s.posts.keys()]).toHaveLength(400 - 1 - directors.length + optionPosts);
		expect(s.seniorOption?.replaced).toHaveLength(1 + directors.length);
	});

	it('gives the figures the apply-option page shows for the same choices', async () => {
		const hr = generateHrExport({ posts: 600, seed: 8 });
		const csv = toCsv(hr);
		writeFileSync(join(dir, 'hr600.csv'), csv);
		// One team moved from where the suggestion sends it, as a person would on the page.
		const moved = hr.rows.find((r) => r[2] === 'Director of Council Management')![0];
		const out = join(dir, 'hr600-applied.yaml');
		cli(
			'apply-option',
			join(dir, 'hr600.csv'),
			'core-delivery-2021-md-to-purpose',
			'--map',
			`${moved}=director-partnership-participation-equality`,
			'--out',
			out
		);
		const written = parseStructureYaml(readFileSync(out, 'utf8'), 'applied.yaml');
		if (!written.ok) throw new Error(JSON.stringify(written.errors.slice(0, 3)));

		// The page's way: the plan core on the imported establishment and the option as stored.
		const imported = await establishmentFromFile(new TextEncoder().encode(csv), 'hr600.csv', {});
		if (!imported.ok) throw new Error(imported.errors[0].message);
		const { structures } = loadModelFiles(['models/core-delivery-2021-md-to-purpose.yaml'], {
			baseFolders: ['models']
		});
		const { plan } = planSeniorOption(
			imported.structure,
			structures[0],
			{ layers: 2, moveTo: { [moved]: 'director-partnership-participation-equality' } },
			{ id: 'page', name: 'Page' }
		);
		expect(plan.problems).toEqual([]);
		expect(plan.after).toEqual(figuresOf(summarise(written.structure)));
		// The option's Chief Executive keeps its five (six with the office): no team went to it.
		expect(plan.after).toMatchObject({ ceoSpan: 5, ceoSpanWithOffice: 6 });
		expect(written.structure.seniorOption?.reportsMoveTo[moved]).toBe(
			'director-partnership-participation-equality'
		);
	});
});
