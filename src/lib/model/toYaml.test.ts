import { describe, expect, it } from 'vitest';
import { parseStructureYaml } from './load';
import { loadBuiltInModels } from './loadFiles';
import { structureToYaml } from './toYaml';
import { fixture, loadBase, OPTION_FILE } from '$lib/testing/modelFiles';
import type { Structure } from './types';

function reload(text: string): Structure {
	const r = parseStructureYaml(text, 'round-trip.yaml');
	if (!r.ok) throw new Error(r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`).join('\n'));
	return r.structure;
}

function derived(): Structure {
	const base = loadBase();
	const r = parseStructureYaml(fixture('small-option'), OPTION_FILE, { resolveBase: () => base });
	if (!r.ok) throw new Error('the option fixture should load');
	return r.structure;
}

describe('structureToYaml', () => {
	it('structureToYaml writes a file that reads back to the same structure', () => {
		const s = loadBase();
		expect(reload(structureToYaml(s))).toStrictEqual(s);
	});

	it('structureToYaml writes a derived structure whole, so it reads back without its base', () => {
		const s = derived();
		const text = structureToYaml(s);
		expect(text).toMatch(/^derivedFrom: small-base\ncomplete: true$/m);
		// No resolveBase: the file stands alone.
		expect(reload(text)).toStrictEqual(s);
	});

	it('structureToYaml leaves out values equal to the defaults', () => {
		const text = structureToYaml(loadBase());
		// head-waste has fte 1 and status existing; head-parking has neither.
		const waste = text.slice(
			text.indexOf('- id: head-waste'),
			text.indexOf('- id: head-libraries')
		);
		expect(waste).not.toMatch(/fte|status|statutoryRoles/);
		expect(text).toMatch(/fte: 0\.5\n\s+status: interim/);
		// A link with its default id is written without one.
		expect(text).not.toContain('holds-to-account:cabinet->places');
		expect(text).toContain('- id: places-supports-people');
	});

	it('structureToYaml nests each service under its unit', () => {
		const text = structureToYaml(loadBase());
		expect(text).toMatch(/- id: people\n(?:\s{4}.*\n)*\s{4}services:\n\s+- \{ ?id: libraries/);
	});

	it('structureToYaml keeps text that looks like a number or a boolean as text', () => {
		const s = loadBase();
		s.posts.get('head-waste')!.remit = '2020';
		s.posts.get('head-libraries')!.remit = 'yes';
		s.description = 'Line one: with a colon\nand a second line';
		expect(reload(structureToYaml(s))).toStrictEqual(s);
	});

	it('structureToYaml refuses a service whose unit is missing rather than drop it', () => {
		const s = loadBase();
		s.services.parking.unit = 'nowhere';
		expect(() => structureToYaml(s)).toThrow(/service 'parking' sits in unit 'nowhere'/);
	});
});

describe('structureToYaml on the built-in models', () => {
	it('every built-in model reads back from structureToYaml unchanged', () => {
		const models = loadBuiltInModels();
		expect(models.length).toBeGreaterThan(0);
		for (const s of models) expect(reload(structureToYaml(s))).toStrictEqual(s);
	});
});
