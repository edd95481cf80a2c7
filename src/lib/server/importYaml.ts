import { parseStructureYaml, validateStructure } from '../model';
import type { Records } from './records.ts';
import type { ImportResult } from './storeTypes.ts';

export function createImport(records: Records) {
	const { q, read, transaction, uniqueId, insertScenario } = records;

	/**
	 * Import a YAML model as a new scenario. Any parse or validation error refuses the whole file
	 * (the errors carry line numbers) and nothing is saved. An id already taken gets a suffix.
	 */
	function importYaml(text: string, fileName: string): ImportResult {
		const parsed = parseStructureYaml(text, fileName, {
			resolveBase: (baseId) => read(baseId)?.structure
		});
		if (!parsed.ok) return { ok: false, errors: parsed.errors };
		const errors = validateStructure(parsed.structure, fileName);
		if (errors.length) return { ok: false, errors };
		return transaction((): ImportResult => {
			const wanted = parsed.structure.id;
			const id = q.structure.get(wanted) ? uniqueId(wanted) : wanted;
			const structure = { ...parsed.structure, id };
			insertScenario(structure, { note: `Imported from ${fileName}` });
			return {
				ok: true,
				id,
				version: 1,
				name: structure.name,
				renamedFrom: id === wanted ? undefined : wanted
			};
		});
	}

	return importYaml;
}
