import { error, redirect } from '@sveltejs/kit';
import { formatStructureRef } from '$lib/model/structureRef';
import { openStructure, routeStructureRef } from '$lib/server/resolve';
import { canSeePay } from '$lib/server/auth';
import { withholdPay } from '$lib/analysis/withholdPay';
import { noteView } from '$lib/server/stewardship';
import { visibleStructures } from '$lib/server/resolve';
import type { LayoutServerLoad } from './$types';

/** The structure the address names: /structures/clt-2020 (latest) or /structures/clt-2020@3. */
export const load: LayoutServerLoad = (event) => {
	const { params, url, locals } = event;
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
	const found = openStructure(ref, locals.user);
	noteView(event, found.structure.id, found.version);
	const base = found.structure.derivedFrom
		? visibleStructures(locals.user).find((s) => s.id === found.structure.derivedFrom)
		: undefined;
	// Without the right to see pay, no post's pay reaches the browser (unit totals go alongside).
	const masked = canSeePay(locals.user) ? undefined : withholdPay(found.structure);
	return {
		structure: masked?.structure ?? found.structure,
		payMasked: !!masked,
		unitCosts: masked?.unitCosts,
		version: found.version,
		latestVersion: found.latestVersion,
		builtIn: found.builtIn,
		/** The version the address pins (kept in links), or undefined for the latest. */
		versionParam: ref.version,
		derivedFromName: base?.name
	};
};
