/**
 * The layer boundaries hold whatever the spelling: ESLint (with the project's own config) lints
 * probe files placed in each layer's folder, and must flag every forbidden import, written with
 * `$lib/` and as a relative path, and nothing else.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The imports a probe at `filePath` has that a boundaries rule flags, by specifier. */
async function flagged(filePath: string, specs: string[]): Promise<string[]> {
	const text = specs.map((spec) => `import '${spec}';`).join('\n') + '\n';
	const [result] = await eslint.lintText(text, { filePath });
	return result.messages
		.filter((m) => m.ruleId?.startsWith('boundaries/'))
		.map((m) => specs[m.line - 1]);
}

/** Every upward import the domain core must not make, each in both spellings, from one folder down. */
const CORE_FORBIDDEN = [
	'$lib/server/store',
	'../server/store',
	'$lib/state/workspace.svelte',
	'../state/workspace.svelte',
	'$lib/components/graph/OrgGraph.svelte',
	'../components/graph/OrgGraph.svelte',
	'$lib/components/graph/cyStyle',
	'../components/graph/cyStyle',
	'$lib/view/format',
	'../view/format',
	'$lib/projector/buildSlides',
	'../projector/buildSlides',
	'$lib/../routes/compare/+page.server',
	'../../routes/compare/+page.server',
	// Other spellings of the same places.
	'../../lib/server/store',
	'./../server/store',
	'../analysis/../view/format',
	'./Probe.svelte',
	'svelte',
	'svelte/store',
	'$app/navigation',
	'$env/dynamic/private',
	'@sveltejs/kit',
	'cytoscape',
	'cytoscape-svg',
	'd3',
	'd3-selection',
	'd3-scale',
	'elkjs',
	'better-sqlite3',
	'playwright',
	'playwright-core',
	'@playwright/test'
];

const CORE_ALLOWED = [
	'$lib/model/types',
	'../model/types',
	'$lib/analysis/cost',
	'../analysis/cost',
	'$lib/editing/applyEdit',
	'../editing/applyEdit',
	'$lib/words/money',
	'../words/money',
	'./local',
	'immer',
	'yaml',
	'zod',
	'node:fs'
];

describe('the domain core boundary', () => {
	for (const folder of ['model', 'analysis', 'editing', 'words'])
		it(`flags every upward, framework and drawing import in src/lib/${folder}, and only those`, async () => {
			const specs = [...CORE_FORBIDDEN, ...CORE_ALLOWED];
			expect(await flagged(`src/lib/${folder}/probe.ts`, specs)).toEqual(CORE_FORBIDDEN);
		});

	it('holds two folders down, in tests too, and for re-exports, type-only and dynamic imports', async () => {
		const text = [
			"import type { Store } from '../../server/store';",
			"export * from '$lib/view/format';",
			"export { x } from '../../../lib/state/saving';",
			"const m = await import('../../components/graph/cyStyle');",
			"import { post } from '$lib/testing/structure';",
			"import { cost } from '../cost';"
		].join('\n');
		const [result] = await eslint.lintText(text, {
			filePath: 'src/lib/analysis/checks/probe.test.ts'
		});
		const lines = result.messages.filter((m) => m.ruleId === 'boundaries/core').map((m) => m.line);
		expect(lines).toEqual([1, 2, 3, 4]);
	});
});

describe('the view-mapper boundary', () => {
	const forbidden = [
		'cytoscape',
		'cytoscape-svg',
		'd3',
		'd3-selection',
		'svelte',
		'svelte/store',
		'$app/state',
		'@sveltejs/kit',
		'$lib/components/graph/OrgGraph.svelte',
		'../components/graph/OrgGraph.svelte',
		'$lib/state/workspace.svelte',
		'../state/workspace.svelte'
	];
	const allowed = [
		'd3-scale',
		'd3-shape',
		'$lib/analysis',
		'../analysis',
		'../model/types',
		'./format'
	];

	for (const folder of ['view', 'projector'])
		it(`flags the drawing libraries and Svelte in src/lib/${folder}, and only those`, async () => {
			const specs = [...forbidden, ...allowed];
			expect(await flagged(`src/lib/${folder}/probe.ts`, specs)).toEqual(forbidden);
		});

	it('holds in a subfolder', async () => {
		const specs = ['cytoscape', '../../components/graph/OrgGraph.svelte', '../../analysis'];
		expect(await flagged('src/lib/view/charts/probe.ts', specs)).toEqual(specs.slice(0, 2));
	});
});

describe('the test-kit boundary', () => {
	const kit = (depth: number) => [
		'$lib/testing/structure',
		`${'../'.repeat(depth)}testing/structure`
	];

	it.each([
		['src/lib/analysis/probe.ts', 1],
		['src/lib/server/probe.ts', 1],
		['src/lib/components/graph/probe.ts', 2],
		['src/lib/projector/probe.ts', 1]
	])('flags the test kit imported by shipped code in %s', async (filePath, depth) => {
		expect(await flagged(filePath, kit(depth))).toEqual(kit(depth));
	});

	it('flags it from the routes and the command line, whose relative path leaves src/lib', async () => {
		expect(
			await flagged('src/routes/probe/+page.server.ts', ['../../lib/testing/editingFixture'])
		).toEqual(['../../lib/testing/editingFixture']);
		expect(await flagged('src/cli/probe.ts', ['../lib/testing/councils.ts'])).toEqual([
			'../lib/testing/councils.ts'
		]);
	});

	it.each([
		'src/lib/analysis/probe.test.ts',
		'src/lib/server/probe.test.ts',
		'src/lib/model/probe.bench.ts',
		'src/lib/testing/probe.ts'
	])('lets %s use the test kit', async (filePath) => {
		expect(await flagged(filePath, kit(1))).toEqual([]);
	});
});
