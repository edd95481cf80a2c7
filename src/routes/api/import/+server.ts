import { json } from '@sveltejs/kit';
import { decodeUtf8, tooLargeMessage } from '$lib/model/upload';
import { problem } from '$lib/server/api';
import { canCreateStructures } from '$lib/server/auth';
import { noteSaved } from '$lib/server/stewardship';
import { importYaml } from '$lib/server/store';
import { uploadLimit } from '$lib/server/uploads';
import type { RequestHandler } from './$types';

/**
 * Import a YAML model file sent as the body (?file=name.yaml names it in errors). Any error
 * refuses the whole file with 422 and the located errors; nothing is saved.
 */
export const POST: RequestHandler = async (event) => {
	const { request, url, locals } = event;
	if (!canCreateStructures(locals.user))
		return problem(403, 'Only editors and administrators import model files.');
	const fileName = url.searchParams.get('file') || 'upload.yaml';
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.length > uploadLimit()) return problem(413, tooLargeMessage(fileName, uploadLimit()));
	const decoded = decodeUtf8(bytes, fileName);
	if (!decoded.ok)
		return problem(422, `${fileName} is not UTF-8 text; nothing was imported.`, [decoded.error]);
	if (!decoded.text.trim()) return problem(400, 'Send the YAML model file as the request body.');
	const r = importYaml(decoded.text, fileName);
	if (!r.ok) {
		return problem(
			422,
			`${fileName} has ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}; nothing was imported.`,
			r.errors
		);
	}
	noteSaved(event, 'import', r, true);
	return json(r, { status: 201 });
};
