import { openStructure } from '$lib/server/resolve';
import { listStructures } from '$lib/server/store';

/**
 * The two structures a presentation is built from (?a=…&b=…, each `id` or `id@N`), or the list
 * to choose from.
 */
export function loadPair(url: URL) {
	const structures = listStructures().map((s) => ({ id: s.id, name: s.name }));
	const aId = url.searchParams.get('a') ?? '';
	const bId = url.searchParams.get('b') ?? '';
	if (!aId || !bId) return { structures, pair: undefined };
	const a = openStructure(aId);
	const b = openStructure(bId);
	return {
		structures,
		pair: {
			a: a.structure,
			b: b.structure,
			aVersion: a.version,
			bVersion: b.version,
			aRef: aId.trim(),
			bRef: bId.trim(),
			/** Both windows rebuild their deck when either structure or version changes. */
			key: `${a.structure.id}@${a.version}:${b.structure.id}@${b.version}`
		}
	};
}
