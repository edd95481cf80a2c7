import { json } from '@sveltejs/kit';
import { problem } from '$lib/server/api';
import { importYaml } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Model files are small; this keeps a mistaken upload from filling memory. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import a YAML model file sent as the body (?file=name.yaml names it in errors). Any error
 * refuses the whole file with 422 and the located errors; nothing is saved.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const fileName = url.searchParams.get('file') || 'upload.yaml';
	if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES) {
		return problem(413, 'The file is larger than 5 MB; a model file is far smaller.');
	}
	const text = await request.text();
	if (text.length > MAX_BYTES) return problem(413, 'The file is larger than 5 MB.');
	if (!text.trim()) return problem(400, 'Send the YAML model file as the request body.');
	const r = importYaml(text, fileName);
	if (!r.ok) {
		return problem(
			422,
			`${fileName} has ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}; nothing was imported.`,
			r.errors
		);
	}
	return json(r, { status: 201 });
};
