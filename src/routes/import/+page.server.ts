import { error, fail, redirect } from '@sveltejs/kit';
import { canCreateStructures } from '$lib/server/auth';
import { noteSaved } from '$lib/server/stewardship';
import { resolve } from '$app/paths';
import { importYaml } from '$lib/server/store';
import { uploadLimit } from '$lib/server/uploads';
import type { ModelError } from '$lib/model/errors';
import { decodeUtf8, formatByteSize, tooLargeMessage } from '$lib/model/upload';
import type { Actions, PageServerLoad } from './$types';

/** The page says the limit before anyone uploads, and checks it before sending. */
export const load: PageServerLoad = ({ locals }) => {
	if (!canCreateStructures(locals.user))
		error(403, 'Only editors and administrators import model files: ask an administrator.');
	const limit = uploadLimit();
	return {
		uploadLimit: Number.isFinite(limit) ? limit : null,
		uploadLimitText: formatByteSize(limit)
	};
};

interface Refusal {
	message: string;
	errors: ModelError[];
	/** The text of each line an error points at, to show beside it. */
	lines: Record<number, string>;
	/** Pasted text comes back so it can be corrected. */
	pasted: string;
	fileName: string;
}

function refuse(status: number, r: Partial<Refusal> & { message: string }) {
	return fail(status, { errors: [], lines: {}, pasted: '', fileName: '', ...r });
}

/**
 * Import a YAML model file (uploaded, or pasted) as a new scenario. Any error refuses the whole
 * file: nothing is saved and the library is unchanged. On success, open the new structure.
 */
export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		if (!canCreateStructures(locals.user))
			return refuse(403, { message: 'Only editors and administrators import model files.' });
		const form = await request.formData();
		const file = form.get('file');
		const pasted = typeof form.get('yaml') === 'string' ? String(form.get('yaml')) : '';
		let text: string;
		let fileName: string;
		if (file instanceof File && file.size > 0) {
			fileName = file.name || 'upload.yaml';
			if (file.size > uploadLimit()) {
				return refuse(413, { message: tooLargeMessage(fileName, uploadLimit()) });
			}
			const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()), fileName);
			if (!decoded.ok) {
				return refuse(422, {
					message: `${fileName} is not UTF-8 text; nothing was imported and the library is unchanged.`,
					errors: [decoded.error],
					fileName
				});
			}
			text = decoded.text;
		} else if (pasted.trim()) {
			text = pasted;
			fileName = 'pasted.yaml';
		} else {
			return refuse(400, { message: 'Choose a YAML model file, or paste one into the box.' });
		}
		const r = importYaml(text, fileName);
		if (!r.ok) {
			const source = text.split(/\r?\n/);
			const lines: Record<number, string> = {};
			for (const e of r.errors) {
				if (e.line !== undefined && source[e.line - 1] !== undefined)
					lines[e.line] = source[e.line - 1];
			}
			return refuse(422, {
				message: `${fileName} has ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}; nothing was imported and the library is unchanged.`,
				errors: r.errors,
				lines,
				pasted: file instanceof File && file.size > 0 ? '' : pasted,
				fileName
			});
		}
		noteSaved(event, 'import', r, true);
		redirect(303, resolve('/structures/[id]', { id: r.id }));
	}
};
