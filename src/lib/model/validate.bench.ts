// Run with `npx vitest bench src/lib/model`. Target: validating 12,000 posts well under 50 ms.
import { bench, describe } from 'vitest';
import { parseStructureYaml } from './load';
import { structureToYaml } from './toYaml';
import { validateStructure } from './validate';
import { generateStructure } from './fixtures/generate';

const big = generateStructure(12000);
const bigYaml = structureToYaml(big);

describe('12,000 posts', () => {
	bench('validateStructure', () => {
		validateStructure(big);
	});
	bench('parseStructureYaml', () => {
		parseStructureYaml(bigYaml, 'generated.yaml');
	});
	bench('structureToYaml', () => {
		structureToYaml(big);
	});
});
