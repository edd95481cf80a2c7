import { error } from '@sveltejs/kit';
import { getStructure, listStructures } from '$lib/server/store';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params, url }) => {
	const versionParam = url.searchParams.get('version');
	let version: number | undefined;
	if (versionParam !== null) {
		version = Number(versionParam);
		if (!Number.isInteger(version) || version < 1) {
			error(
				400,
				`“${versionParam}” is not a version number: use a whole number from 1, such as ?version=1.`
			);
		}
	}
	const found = getStructure(params.id, version);
	if (!found) {
		const known = listStructures();
		const exists = known.some((s) => s.id === params.id);
		error(
			404,
			exists
				? `Structure “${params.id}” has no version ${version}; its latest is version ${known.find((s) => s.id === params.id)?.latestVersion}.`
				: `There is no structure “${params.id}”. Open one from the library; the structures are ${known.map((s) => s.id).join(', ') || 'none yet'}.`
		);
	}
	const base = found.structure.derivedFrom
		? listStructures().find((s) => s.id === found.structure.derivedFrom)
		: undefined;
	return {
		structure: found.structure,
		version: found.version,
		latestVersion: found.latestVersion,
		builtIn: found.builtIn,
		/** Kept in links only when the URL asked for a version. */
		versionParam: version,
		derivedFromName: base?.name
	};
};
