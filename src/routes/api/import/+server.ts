import { json } from '@sveltejs/kit';
import { parseColumnsOption } from '$lib/establishment/columns';
import { decodeUtf8, tooLargeMessage } from '$lib/model/upload';
import { notYours, problem, versionNumber } from '$lib/server/api';
import { canCreateStructures } from '$lib/server/auth';
import { importEstablishment, importYamlFile, isEstablishmentFile } from '$lib/server/importFile';
import { readableRights } from '$lib/server/resolve';
import { noteSaved } from '$lib/server/stewardship';
import { uploadLimit } from '$lib/server/uploads';
import type { RequestHandler } from './$types';

/**
 * Import a file sent as the body (?file=name names it in errors): a YAML model file, or an HR
 * export as CSV (text/csv) or XLSX (by its content type or the name's extension). Any error
 * refuses the whole file with 422 and the located errors (for an export: file, row, column,
 * value and what to do); nothing is saved. For an export: columns= (as the command line's
 * --columns), leaveOutBadRows=1, and into={id}&basedOnVersion=N to add it to an existing
 * structure as a new version (409 when someone saved since version N).
 */
export const POST: RequestHandler = async (event) => {
	const { request, url, locals } = event;
	if (!canCreateStructures(locals.user))
		return problem(403, 'Only editors and administrators import files.');
	const q = url.searchParams;
	const type = request.headers.get('content-type') ?? '';
	const into = q.get('into') || undefined;
	if (into !== undefined) {
		// Into a structure: only one the caller may edit; one they may not read does not exist.
		const rights = readableRights(into, locals.user);
		if (!rights) return problem(404, `There is no structure “${into}”.`);
		if (!rights.edit) return notYours(into);
	}
	const bytes = new Uint8Array(await request.arrayBuffer());
	const named = q.get('file');
	const establishment = isEstablishmentFile(named ?? '', type, bytes);
	const fileName =
		named || (establishment ? (/csv/i.test(type) ? 'upload.csv' : 'upload.xlsx') : 'upload.yaml');
	if (bytes.length > uploadLimit()) return problem(413, tooLargeMessage(fileName, uploadLimit()));

	if (establishment) {
		if (bytes.length === 0) return problem(400, 'Send the CSV or XLSX export as the request body.');
		const columns = q.get('columns');
		const parsed = columns ? parseColumnsOption(columns) : undefined;
		if (parsed && !parsed.ok) return problem(400, parsed.message.replace(/^--columns/, 'columns'));
		const basedOn = versionNumber(q.get('basedOnVersion'));
		if (basedOn === 'bad') return problem(400, 'basedOnVersion must be a whole number from 1.');
		const r = await importEstablishment(bytes, fileName, {
			columns: parsed?.override,
			leaveOutBadRows: ['1', 'true', 'yes'].includes(q.get('leaveOutBadRows') ?? ''),
			into,
			basedOnVersion: basedOn ?? undefined
		});
		if (!r.ok) {
			const body = {
				message: r.message,
				...(r.errors ? { errors: r.errors } : {}),
				...(r.latestVersion !== undefined ? { latestVersion: r.latestVersion } : {})
			};
			return json(body, { status: r.status });
		}
		const body = {
			id: r.id,
			version: r.version,
			name: r.name,
			...(r.unchanged ? { unchanged: true } : {}),
			...(r.leftOut.length ? { leftOut: r.leftOut } : {}),
			...(r.warnings.length ? { warnings: r.warnings } : {})
		};
		if (!r.unchanged)
			noteSaved(event, 'import', { ok: true, id: r.id, version: r.version, name: r.name }, !into);
		return json(body, { status: r.unchanged ? 200 : 201 });
	}

	const decoded = decodeUtf8(bytes, fileName);
	if (!decoded.ok)
		return problem(422, `${fileName} is not UTF-8 text; nothing was imported.`, [decoded.error]);
	if (!decoded.text.trim()) return problem(400, 'Send the YAML model file as the request body.');
	const r = await importYamlFile(decoded.text, fileName);
	if (!r.ok) {
		if ('status' in r) return problem(r.status, r.message, r.errors);
		return problem(
			422,
			`${fileName} has ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}; nothing was imported.`,
			r.errors
		);
	}
	noteSaved(event, 'import', r, true);
	return json(r, { status: 201 });
};
