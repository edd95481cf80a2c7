import {
	changeLogOf,
	checkPosted,
	problem,
	readJsonObject,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { saveVersion } from '$lib/server/store';
import type { RequestHandler } from './$types';

/**
 * Save a new version: { structure, basedOnVersion, changeLog?, note? }. 409 when someone saved
 * since basedOnVersion; saving to a built-in structure creates a scenario (scenarioCreated).
 */
export const POST: RequestHandler = async ({ params, request }) => {
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
	return saveResponse(
		saveVersion(params.id, checked.structure, { basedOnVersion: based, changeLog: log, note })
	);
};
