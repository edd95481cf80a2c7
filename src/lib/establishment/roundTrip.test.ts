import { describe, expect, it } from 'vitest';
import { generateHrExport, toCsv } from '../../../tests/support/hrExport';
import { councilWide } from '../analysis/councilWide';
import { summarise } from '../analysis/summary';
import { parseStructureYaml } from '../model/load';
import { structureToYaml } from '../model/toYaml';
import { establishmentFromFile } from './importEstablishment';

describe('an imported establishment written as a model file', () => {
	it('loads back to the same structure and figures (what `import --out` writes)', async () => {
		// Small: the YAML parser is slow at 11,000 posts, and the round trip is the same at any size.
		const e = generateHrExport({ posts: 400, seed: 5 });
		const r = await establishmentFromFile(new TextEncoder().encode(toCsv(e)), 'hr.csv', {
			date: '2024-06-01'
		});
		if (!r.ok) throw new Error(r.errors[0].message);
		const loaded = parseStructureYaml(structureToYaml(r.structure), 'hr.yaml');
		if (!loaded.ok) throw new Error(loaded.errors[0].message);
		expect(loaded.structure).toEqual(r.structure);
		expect(summarise(loaded.structure)).toEqual(summarise(r.structure));
		expect(JSON.stringify(councilWide(loaded.structure))).toBe(
			JSON.stringify(councilWide(r.structure))
		);
	});
});
