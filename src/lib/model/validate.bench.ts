// Run with `npx vitest bench src/lib/model`. Target: validating 12,000 posts well under 50 ms.
import { bench, describe } from 'vitest';
import { parseStructureYaml } from './load';
import { structureToYaml } from './toYaml';
import { validateStructure } from './validate';
import { generateStructure } from '$lib/testing/generatedStructure';

const big = generateStructure(12000);
// Parsing is dominated by the yaml library (about 1 s for 12,000 posts), so it is measured at 1,000.
const mediumYaml = structureToYaml(generateStructure(1000));

describe('12,000 posts', () => {
	bench('validateStructure', () => {
		validateStructure(big);
	});
	bench('parseStructureYaml (1,000 posts)', () => {
		parseStructureYaml(mediumYaml, 'generated.yaml');
	});
	bench('structureToYaml', () => {
		structureToYaml(big);
	});
});
