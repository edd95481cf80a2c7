import {
	changeLogOf,
	checkPosted,
	openChange,
	problem,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { canCreateStructures } from '$lib/server/auth';
import { saveVersion } from '$lib/server/store';
import { noteSaved } from '$lib/server/stewardship';
import type { RequestHandler } from './$types';

/**
 * Save a new version: { structure, basedOnVersion, changeLog?, note? }. 409 when someone saved
 * since basedOnVersion; saving to a built-in structure creates a scenario (scenarioCreated).
 */
export const POST: RequestHandler = async (event) => {
	const { params, locals } = event;
	const opened = await openChange(
		event,
		// Saving over a built-in model makes a new scenario: anyone who may create scenarios may.
		(named) => named.rights.edit || (named.found.builtIn && canCreateStructures(locals.user)),
		{ pay: true }
	);
	if (!opened.ok) return opened.response;
	const { structure, basedOnVersion, changeLog, note } = opened.body;
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
