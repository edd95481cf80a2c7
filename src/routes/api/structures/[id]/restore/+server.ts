import { openChange, problem, saveResponse, versionNumber } from '$lib/server/api';
import { noteSaved } from '$lib/server/stewardship';
import { restoreVersion } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Make an old version the latest, as a new version: { version, basedOnVersion? }. */
export const POST: RequestHandler = async (event) => {
	const { params } = event;
	const opened = await openChange(event, (named) => named.rights.edit || named.found.builtIn);
	if (!opened.ok) return opened.response;
	const version = versionNumber(opened.body.version);
	if (version === null || version === 'bad') {
		return problem(400, 'Say which version to restore: "version" (1, 2, …).');
	}
	const based = versionNumber(opened.body.basedOnVersion);
	if (based === 'bad') return problem(400, '"basedOnVersion" must be a version number.');
	const result = restoreVersion(params.id, version, { basedOnVersion: based ?? undefined });
	noteSaved(event, 'restore', result, false);
	return saveResponse(result);
};
