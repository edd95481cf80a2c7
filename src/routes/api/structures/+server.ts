import { json } from '@sveltejs/kit';
import {
	changeLogOf,
	payWithheld,
	checkPosted,
	problem,
	readJsonObject,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { canCreateStructures, canSeePay } from '$lib/server/auth';
import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { readableRights, visibleStructures } from '$lib/server/resolve';
import { getStructure, saveScenario } from '$lib/server/store';
import { sameContent } from '$lib/analysis';
import { noteSaved } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/** Every structure the caller may read, built-in and scenario, with its headline measures (large ones measured off-thread). */
export const GET: RequestHandler = async ({ locals }) => {
	await summariseLargeOffThread();
	return json(visibleStructures(locals.user));
};

/** Save a structure as a new scenario: { name, structure, derivedFrom?, baseVersion?, changeLog? }. */
export const POST: RequestHandler = async (event) => {
	const { request, locals } = event;
	if (!canCreateStructures(locals.user))
		return problem(403, 'Only editors and administrators save scenarios.');
	if (!canSeePay(locals.user)) return payWithheld();
	const read = await readJsonObject(request);
	if (!read.ok) return read.response;
	const { name, derivedFrom, baseVersion, changeLog, structure } = read.body;
	if (typeof name !== 'string' || !name.trim()) return problem(400, 'Give the scenario a "name".');
	if (derivedFrom !== undefined && typeof derivedFrom !== 'string') {
		return problem(400, '"derivedFrom" must be a structure id.');
	}
	// Deriving from a structure one may not read would say whether it exists.
	if (derivedFrom !== undefined && !readableRights(derivedFrom, locals.user))
		return problem(400, `There is no structure “${derivedFrom}” to derive from.`);
	const base = versionNumber(baseVersion);
	if (base === 'bad') return problem(400, '"baseVersion" must be a version number (1, 2, …).');
	const log = changeLogOf(changeLog);
	if (log === 'bad') return problem(400, '"changeLog" must be a list of sentences.');
	const checked = checkPosted(structure, name);
	if (!checked.ok) return checked.response;
	// A scenario the same as the version it was made from would be an empty one.
	if (derivedFrom !== undefined) {
		const from = getStructure(derivedFrom, base ?? undefined);
		if (from && sameContent(from.structure, checked.structure))
			return problem(
				422,
				`Make a change first: this is the same as ${from.structure.name}, version ${from.version}, so there is nothing to save as a scenario.`
			);
	}
	const result = saveScenario({
		name,
		derivedFrom,
		baseVersion: base ?? undefined,
		structure: checked.structure,
		changeLog: log
	});
	noteSaved(event, 'save', result, true);
	return saveResponse(result);
};
