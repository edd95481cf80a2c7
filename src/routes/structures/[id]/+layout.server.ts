import { error, redirect } from '@sveltejs/kit';
import { formatStructureRef } from '$lib/model/structureRef';
import {
	askLarge,
	compactView,
	lookUpKept,
	storedVersion,
	structureShell
} from '$lib/server/largeStructure';
import { readableRights, routeStructureRef, visibleStructures } from '$lib/server/resolve';
import { canSeePay } from '$lib/server/auth';
import { withholdPay } from '$lib/analysis/withholdPay';
import { noteView } from '$lib/server/stewardship';
import type { LayoutServerLoad } from './$types';

/**
 * The structure the address names: /structures/clt-2020 (latest) or /structures/clt-2020@3. A
 * large one (an imported establishment) comes compact: its units and headline figures, without
 * its posts, which the pages fetch as they need them; its document is read and measured on a
 * worker thread (askLarge), so a page of 11,000 posts holds no other request up.
 */
export const load: LayoutServerLoad = async (event) => {
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
	const stored = readableRights(ref.id, locals.user) && storedVersion(ref.id, ref.version);
	const large =
		stored && (await askLarge(ref.id, stored.version, !canSeePay(locals.user), { kind: 'view' }));
	if (stored && large && 'view' in large) {
		const { compact, shell, unitCosts } = large.view;
		noteView(event, shell.id, stored.version);
		const base = shell.derivedFrom
			? visibleStructures(locals.user).find((s) => s.id === shell.derivedFrom)
			: undefined;
		return {
			structure: shell,
			compact,
			payMasked: !canSeePay(locals.user),
			unitCosts,
			version: stored.version,
			latestVersion: stored.latestVersion,
			builtIn: stored.builtIn,
			versionParam: ref.version,
			derivedFromName: base?.name
		};
	}
	const looked = lookUpKept(ref, locals.user);
	if (!looked.ok) error(looked.status, looked.message);
	const found = looked.found;
	noteView(event, found.structure.id, found.version);
	// Unit-level figures only: a compact view carries no post's pay.
	const compact = compactView(found.structure);
	const base = found.structure.derivedFrom
		? visibleStructures(locals.user).find((s) => s.id === found.structure.derivedFrom)
		: undefined;
	// Without the right to see pay, no post's pay reaches the browser (unit totals go alongside).
	const masked = canSeePay(locals.user) ? undefined : withholdPay(found.structure);
	return {
		structure: compact
			? structureShell(masked?.structure ?? found.structure)
			: (masked?.structure ?? found.structure),
		compact,
		payMasked: !!masked,
		unitCosts: masked?.unitCosts,
		/** The whole structure's cost, from the unit totals, when pay is withheld. */
		unitCostTotal: masked?.total,
		version: found.version,
		latestVersion: found.latestVersion,
		builtIn: found.builtIn,
		/** The version the address pins (kept in links), or undefined for the latest. */
		versionParam: ref.version,
		derivedFromName: base?.name
	};
};
