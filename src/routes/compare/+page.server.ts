import { redirect } from '@sveltejs/kit';
import { getStructure, listStructures } from '$lib/server/store';
import { toQuery } from '$lib/view/links';
import type { PageServerLoad } from './$types';

/** A pick is a structure id, or `id@N` for version N of it (from the History page). */
function parsePick(pick: string): { id: string; version?: number } {
	const m = /^(.+)@(\d+)$/.exec(pick);
	return m ? { id: m[1], version: Number(m[2]) } : { id: pick };
}

/** The structure picked, named with its version when one was asked for. */
function pickedStructure(pick: string) {
	const { id, version } = parsePick(pick);
	const found = getStructure(id, version);
	if (!found) return undefined;
	if (version === undefined) return { structure: found.structure };
	const name = `${found.structure.name} (version ${found.version})`;
	return { structure: { ...found.structure, name }, version: found.version };
}

export const load: PageServerLoad = ({ url }) => {
	// The library's no-script form sends ?pick=a&pick=b.
	const picks = url.searchParams.getAll('pick');
	if (picks.length === 2 && !url.searchParams.has('a'))
		redirect(303, `/compare?${toQuery({ a: picks[0], b: picks[1] })}`);

	const structures = listStructures().map((s) => ({
		id: s.id,
		name: s.name,
		date: s.date,
		builtIn: s.builtIn
	}));
	const aId = url.searchParams.get('a') ?? '';
	const bId = url.searchParams.get('b') ?? '';
	const a = aId ? pickedStructure(aId) : undefined;
	const b = bId ? pickedStructure(bId) : undefined;
	// A version picked on the History page is offered in the pickers too.
	for (const [pick, found] of [
		[aId, a],
		[bId, b]
	] as const) {
		if (found?.version !== undefined && !structures.some((s) => s.id === pick)) {
			const { structure } = found;
			structures.push({ id: pick, name: structure.name, date: structure.date, builtIn: false });
		}
	}
	const problems: string[] = [];
	if (picks.length && picks.length !== 2) problems.push('Pick exactly two structures to compare.');
	if (aId && !a) problems.push(`There is no structure “${aId}” to compare from; choose one below.`);
	if (bId && !b) problems.push(`There is no structure “${bId}” to compare with; choose one below.`);
	return {
		structures,
		aId,
		bId,
		a: a?.structure,
		b: b?.structure,
		aVersion: a?.version,
		bVersion: b?.version,
		problems
	};
};
