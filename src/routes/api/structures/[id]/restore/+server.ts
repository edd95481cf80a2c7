import { problem, readJsonObject, saveResponse, versionNumber } from '$lib/server/api';
import { restoreVersion } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Make an old version the latest, as a new version: { version, basedOnVersion? }. */
export const POST: RequestHandler = async ({ params, request }) => {
	const read = await readJsonObject(request);
	if (!read.ok) return read.response;
	const version = versionNumber(read.body.version);
	if (version === null || version === 'bad') {
		return problem(400, 'Say which version to restore: "version" (1, 2, …).');
	}
	const based = versionNumber(read.body.basedOnVersion);
	if (based === 'bad') return problem(400, '"basedOnVersion" must be a version number.');
	return saveResponse(restoreVersion(params.id, version, { basedOnVersion: based ?? undefined }));
};
