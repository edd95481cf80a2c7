import { error, fail, redirect } from '@sveltejs/kit';
import { canCreateStructures } from '$lib/server/auth';
import { noteSaved } from '$lib/server/stewardship';
import { resolve } from '$app/paths';
import { SINGLE_FIELDS, type MappingOverride } from '$lib/establishment/columns';
import type { ImportChanges } from '$lib/establishment/changes';
import type { ImportPreview } from '$lib/establishment/preview';
import type { ModelError } from '$lib/model/errors';
import { decodeUtf8, formatByteSize, tooLargeMessage } from '$lib/model/upload';
import {
	importEstablishment,
	importYamlFile,
	isEstablishmentFile,
	previewEstablishment
} from '$lib/server/importFile';
import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { readableRights, visibleStructures } from '$lib/server/resolve';
import { uploadLimit } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

/** The page says the limit before anyone uploads, and lists the structures an export can go into. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!canCreateStructures(locals.user))
		error(403, 'Only editors and administrators import files: ask an administrator.');
	const limit = uploadLimit();
	await summariseLargeOffThread();
	return {
		uploadLimit: Number.isFinite(limit) ? limit : null,
		uploadLimitText: formatByteSize(limit),
		targets: visibleStructures(locals.user)
			.filter((s) => !s.builtIn && readableRights(s.id, locals.user)?.edit)
			.map((s) => ({ id: s.id, name: s.name, latestVersion: s.latestVersion }))
	};
};

interface Outcome {
	message?: string;
	errors: ModelError[];
	/** The text of each line an error points at, to show beside it. */
	lines: Record<number, string>;
	/** Pasted text comes back so it can be corrected. */
	pasted: string;
	fileName: string;
	/** An HR export: what importing it would do (the mapping step). */
	preview?: ImportPreview;
	changes?: ImportChanges;
	/** The mapping was the one sent (not detected), so the page does not offer a remembered one. */
	mappingSent?: boolean;
}

const outcome = (r: Partial<Outcome>): Outcome => ({
	errors: [],
	lines: {},
	pasted: '',
	fileName: '',
	...r
});
const refuse = (status: number, r: Partial<Outcome> & { message: string }) =>
	fail(status, outcome(r));

/** The mapping chosen on the page: every field, '' for "not in this file"; none before the first preview. */
function mappingOf(form: FormData): MappingOverride | undefined {
	if (!form.has('map.id')) return undefined;
	const override: MappingOverride = {
		units: form
			.getAll('map.unit')
			.map(String)
			.filter((u) => u !== '')
	};
	for (const f of SINGLE_FIELDS) override[f] = String(form.get(`map.${f}`) ?? '');
	return override;
}

function intoOf(form: FormData): { into?: string; basedOnVersion?: number } {
	if (form.get('target') !== 'existing') return {};
	const into = String(form.get('into') ?? '');
	const v = Number(form.get('basedOnVersion'));
	return into ? { into, basedOnVersion: Number.isInteger(v) && v > 0 ? v : undefined } : {};
}

async function uploaded(form: FormData) {
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0) return undefined;
	const fileName = file.name || 'upload';
	if (file.size > uploadLimit())
		return {
			fileName,
			tooLarge: refuse(413, { message: tooLargeMessage(fileName, uploadLimit()) })
		};
	return { fileName, bytes: new Uint8Array(await file.arrayBuffer()), type: file.type };
}

/** The mapping step: check the whole export with the mapping and say what importing would do. */
async function preview(form: FormData, fileName: string, bytes: Uint8Array, status = 200) {
	const columns = mappingOf(form);
	const r = await previewEstablishment(bytes, fileName, { columns, ...intoOf(form) });
	if (!r.ok) {
		const refusal = 'status' in r ? r : undefined;
		return refuse(refusal?.status ?? 422, {
			message:
				refusal?.message ??
				`${fileName} could not be read; nothing was imported and the library is unchanged.`,
			errors: r.errors ?? [],
			fileName
		});
	}
	const body = outcome({
		fileName,
		preview: r.preview,
		changes: r.changes,
		mappingSent: columns !== undefined
	});
	return status === 200 ? body : fail(status, body);
}

export const actions: Actions = {
	/** Show the mapping, the preview and the problems of an HR export; nothing is saved. */
	preview: async ({ request, locals }) => {
		if (!canCreateStructures(locals.user))
			return refuse(403, { message: 'Only editors and administrators import files.' });
		const form = await request.formData();
		const file = await uploaded(form);
		if (!file) return refuse(400, { message: 'Choose an HR export (CSV or XLSX) to check.' });
		if ('tooLarge' in file) return file.tooLarge;
		const target = intoOf(form).into;
		if (target !== undefined && !readableRights(target, locals.user)?.edit)
			return refuse(404, { message: `There is no structure “${target}” you may change.` });
		return preview(form, file.fileName, file.bytes);
	},

	/**
	 * Import a YAML model file (uploaded or pasted) as a new scenario, or an HR export once its
	 * mapping has been seen. Any error refuses the whole file: nothing is saved and the library is
	 * unchanged. On success, open the structure.
	 */
	import: async (event) => {
		const { request, locals } = event;
		if (!canCreateStructures(locals.user))
			return refuse(403, { message: 'Only editors and administrators import files.' });
		const form = await request.formData();
		const pasted = typeof form.get('yaml') === 'string' ? String(form.get('yaml')) : '';
		const file = await uploaded(form);
		if (file && 'tooLarge' in file) return file.tooLarge;
		if (file && isEstablishmentFile(file.fileName, file.type, file.bytes)) {
			// Never straight in: the mapping step comes first.
			if (form.get('mapped') !== '1') return preview(form, file.fileName, file.bytes);
			const into = intoOf(form);
			if (into.into !== undefined && !readableRights(into.into, locals.user)?.edit)
				return refuse(404, { message: `There is no structure “${into.into}” you may change.` });
			const r = await importEstablishment(file.bytes, file.fileName, {
				columns: mappingOf(form),
				leaveOutBadRows: form.get('leaveOutBadRows') === '1',
				...into
			});
			if (!r.ok) {
				const again = await preview(form, file.fileName, file.bytes, r.status);
				const data = 'data' in again ? again.data : again;
				return fail(r.status, {
					...data,
					message: `${r.message}${r.status === 422 ? ' The library is unchanged.' : ''}`
				});
			}
			if (!r.unchanged)
				noteSaved(
					event,
					'import',
					{ ok: true, id: r.id, version: r.version, name: r.name },
					into.into === undefined
				);
			redirect(303, resolve('/structures/[id]', { id: r.id }));
		}
		let text: string;
		let fileName: string;
		if (file) {
			fileName = file.fileName;
			const decoded = decodeUtf8(file.bytes, fileName);
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
			return refuse(400, {
				message: 'Choose a YAML model file or an HR export, or paste a model into the box.'
			});
		}
		const r = await importYamlFile(text, fileName);
		if (!r.ok) {
			if ('status' in r) return refuse(r.status, { message: r.message, fileName });
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
				pasted: file ? '' : pasted,
				fileName
			});
		}
		noteSaved(event, 'import', r, true);
		redirect(303, resolve('/structures/[id]', { id: r.id }));
	}
};
