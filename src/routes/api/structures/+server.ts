import { json } from '@sveltejs/kit';
import {
	changeLogOf,
	checkPosted,
	problem,
	readJsonObject,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { listStructures, saveScenario } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Every structure, built-in and scenario, with its headline measures (large ones measured off-thread). */
export const GET: RequestHandler = async () => {
	await summariseLargeOffThread();
	return json(listStructures());
};

/** Save a structure as a new scenario: { name, structure, derivedFrom?, baseVersion?, changeLog? }. */
export const POST: RequestHandler = async ({ request }) => {
	const read = await readJsonObject(request);
	if (!read.ok) return read.response;
	const { name, derivedFrom, baseVersion, changeLog, structure } = read.body;
	if (typeof name !== 'string' || !name.trim()) return problem(400, 'Give the scenario a "name".');
	if (derivedFrom !== undefined && typeof derivedFrom !== 'string') {
		return problem(400, '"derivedFrom" must be a structure id.');
	}
	const base = versionNumber(baseVersion);
	if (base === 'bad') return problem(400, '"baseVersion" must be a version number (1, 2, …).');
	const log = changeLogOf(changeLog);
	if (log === 'bad') return problem(400, '"changeLog" must be a list of sentences.');
	const checked = checkPosted(structure, name);
	if (!checked.ok) return checked.response;
	return saveResponse(
		saveScenario({
			name,
			derivedFrom,
			baseVersion: base ?? undefined,
			structure: checked.structure,
			changeLog: log
		})
	);
};
