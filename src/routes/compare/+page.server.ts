import { redirect } from '@sveltejs/kit';
import { getStructure, listStructures } from '$lib/server/store';
import { toQuery } from '$lib/presentation/links';
import type { PageServerLoad } from './$types';

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
	const a = aId ? getStructure(aId) : undefined;
	const b = bId ? getStructure(bId) : undefined;
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
		problems
	};
};
