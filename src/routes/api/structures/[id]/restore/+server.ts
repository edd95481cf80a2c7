import {
	notYours,
	problem,
	readJsonObject,
	routeStructure,
	saveResponse,
	versionNumber
} from '$lib/server/api';
import { noteSaved } from '$lib/server/stewardship';
import { restoreVersion } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Make an old version the latest, as a new version: { version, basedOnVersion? }. */
export const POST: RequestHandler = async (event) => {
	const { params, request, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named.response;
	if (!named.rights.edit && !named.found.builtIn) return notYours(params.id);
	const read = await readJsonObject(request);
	if (!read.ok) return read.response;
	const version = versionNumber(read.body.version);
	if (version === null || version === 'bad') {
		return problem(400, 'Say which version to restore: "version" (1, 2, …).');
	}
	const based = versionNumber(read.body.basedOnVersion);
	if (based === 'bad') return problem(400, '"basedOnVersion" must be a version number.');
	const result = restoreVersion(params.id, version, { basedOnVersion: based ?? undefined });
	noteSaved(event, 'restore', result, false);
	return saveResponse(result);
};
