import { redirect } from '@sveltejs/kit';
import { parseStructureRef } from '$lib/model/structureRef';
import type { Structure } from '$lib/model/types';
import { canSeePay, type User } from '$lib/server/auth';
import { withholdPay } from '$lib/analysis/withholdPay';
import { lookUpStructure, visibleStructures } from '$lib/server/resolve';
import { toQuery } from '$lib/view/links';
import type { PageServerLoad } from './$types';

/**
 * The structure picked (`id`, or `id@N` for version N, as the History page links), named with its
 * version when one was asked for; or what to say when there is none.
 */
function pickedStructure(
	pick: string,
	user: User | undefined
): {
	structure?: Structure;
	version?: number;
	problem?: string;
} {
	const looked = lookUpStructure(pick, user);
	if (!looked.ok) return { problem: looked.message };
	const { found } = looked;
	if (parseStructureRef(pick)?.version === undefined) return { structure: found.structure };
	const name = `${found.structure.name} (version ${found.version})`;
	return { structure: { ...found.structure, name }, version: found.version };
}

export const load: PageServerLoad = ({ url, locals }) => {
	// The library's no-script form sends ?pick=a&pick=b.
	const picks = url.searchParams.getAll('pick');
	if (picks.length === 2 && !url.searchParams.has('a'))
		redirect(303, `/compare?${toQuery({ a: picks[0], b: picks[1] })}`);

	const structures = visibleStructures(locals.user).map((s) => ({
		id: s.id,
		name: s.name,
		date: s.date,
		builtIn: s.builtIn
	}));
	const aId = url.searchParams.get('a') ?? '';
	const bId = url.searchParams.get('b') ?? '';
	const a = aId ? pickedStructure(aId, locals.user) : undefined;
	const b = bId ? pickedStructure(bId, locals.user) : undefined;
	// A version picked on the History page is offered in the pickers too.
	for (const [pick, found] of [
		[aId, a],
		[bId, b]
	] as const) {
		if (found?.structure && found.version !== undefined && !structures.some((s) => s.id === pick)) {
			const { structure } = found;
			structures.push({ id: pick, name: structure.name, date: structure.date, builtIn: false });
		}
	}
	const problems: string[] = [];
	if (picks.length && picks.length !== 2) problems.push('Pick exactly two structures to compare.');
	for (const found of [a, b]) if (found?.problem) problems.push(found.problem);
	const withheld = (s: Structure | undefined) =>
		s && !canSeePay(locals.user) ? withholdPay(s).structure : s;
	return {
		structures,
		aId,
		bId,
		payMasked: !canSeePay(locals.user),
		a: withheld(a?.structure),
		b: withheld(b?.structure),
		aVersion: a?.version,
		bVersion: b?.version,
		problems
	};
};
