import { error } from '@sveltejs/kit';
import { getStructure, listStructures } from '$lib/server/store';

/** The two structures a presentation is built from (?a=…&b=…), or the list to choose from. */
export function loadPair(url: URL) {
	const structures = listStructures().map((s) => ({ id: s.id, name: s.name }));
	const aId = url.searchParams.get('a') ?? '';
	const bId = url.searchParams.get('b') ?? '';
	if (!aId || !bId) return { structures, pair: undefined };
	const read = (id: string, which: string) => {
		const found = getStructure(id);
		if (!found)
			error(
				404,
				`There is no structure “${id}” to present as ${which}. The structures are: ${structures.map((s) => s.id).join(', ')}.`
			);
		return found;
	};
	const a = read(aId, 'the starting point (a)');
	const b = read(bId, 'the new model (b)');
	return {
		structures,
		pair: {
			a: a.structure,
			b: b.structure,
			aVersion: a.version,
			bVersion: b.version,
			/** Both windows rebuild their deck when either structure or version changes. */
			key: `${a.structure.id}@${a.version}:${b.structure.id}@${b.version}`
		}
	};
}
