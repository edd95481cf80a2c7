import { error, redirect } from '@sveltejs/kit';
import { formatStructureRef } from '$lib/model/structureRef';
import { compactView, lookUpKept, structureShell } from '$lib/server/largeStructure';
import { routeStructureRef } from '$lib/server/resolve';
import { listStructures } from '$lib/server/store';
import type { LayoutServerLoad } from './$types';

/**
 * The structure the address names: /structures/clt-2020 (latest) or /structures/clt-2020@3. A
 * large one (an imported establishment) comes compact: its units and headline figures, without
 * its posts, which the pages fetch as they need them.
 */
export const load: LayoutServerLoad = ({ params, url }) => {
	const named = routeStructureRef(params.id, url);
	if (!named.ok) error(named.status, named.message);
	const { ref } = named;
	if (named.fromQuery) {
		// An older link (?version=N): the same page at its one address, id@N.
		const to = new URL(url);
		to.pathname = url.pathname.replace(
			/\/structures\/[^/]+/,
			`/structures/${formatStructureRef(ref)}`
		);
		to.searchParams.delete('version');
		redirect(308, to.pathname + to.search);
	}
	const looked = lookUpKept(ref);
	if (!looked.ok) error(looked.status, looked.message);
	const found = looked.found;
	const compact = compactView(found.structure);
	const base = found.structure.derivedFrom
		? listStructures().find((s) => s.id === found.structure.derivedFrom)
		: undefined;
	return {
		structure: compact ? structureShell(found.structure) : found.structure,
		compact,
		version: found.version,
		latestVersion: found.latestVersion,
		builtIn: found.builtIn,
		/** The version the address pins (kept in links), or undefined for the latest. */
		versionParam: ref.version,
		derivedFromName: base?.name
	};
};
