import {
	changeLogOf,
	payWithheld,
	checkPosted,
	notYours,
	problem,
	readJsonObject,
	routeStructure,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { canCreateStructures, canSeePay } from '$lib/server/auth';
import { saveVersion } from '$lib/server/store';
import { noteSaved } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/**
 * Save a new version: { structure, basedOnVersion, changeLog?, note? }. 409 when someone saved
 * since basedOnVersion; saving to a built-in structure creates a scenario (scenarioCreated).
 */
export const POST: RequestHandler = async (event) => {
	const { params, request, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named.response;
	// Saving over a built-in model makes a new scenario: anyone who may create scenarios may.
	const mayCreate = named.found.builtIn && canCreateStructures(locals.user);
	if (!named.rights.edit && !mayCreate) return notYours(params.id);
	if (!canSeePay(locals.user)) return payWithheld();
	const read = await readJsonObject(request);
	if (!read.ok) return read.response;
	const { structure, basedOnVersion, changeLog, note } = read.body;
	const based = versionNumber(basedOnVersion);
	if (based === null || based === 'bad') {
		return problem(400, 'Say which version you edited: "basedOnVersion" (1, 2, …).');
	}
	const log = changeLogOf(changeLog);
	if (log === 'bad') return problem(400, '"changeLog" must be a list of sentences.');
	if (note !== undefined && typeof note !== 'string') return problem(400, '"note" must be text.');
	const checked = checkPosted(structure, params.id);
	if (!checked.ok) return checked.response;
	const result = saveVersion(params.id, checked.structure, {
		basedOnVersion: based,
		changeLog: log,
		note
	});
	noteSaved(event, 'save', result, false);
	return saveResponse(result);
};
