import { error, fail } from '@sveltejs/kit';
import { parseStructureRef } from '$lib/model/structureRef';
import {
	AccountError,
	appDatabase,
	clientAddress,
	decisionMarks,
	decisionWords,
	markDecision,
	type User
} from '$lib/server/auth';
import { notAStructureRef, readableRights, structureNotFound } from '$lib/server/resolve';
import { history } from '$lib/server/store';
import { versionAuthors } from '$lib/server/stewardship';
import type { Actions, PageServerLoad } from './$types';

function readable(segment: string, user: User | undefined) {
	const ref = parseStructureRef(segment);
	if (!ref) error(400, notAStructureRef(segment));
	const rights = readableRights(ref.id, user);
	const versions = rights ? history(ref.id) : undefined;
	if (!rights || !versions) error(404, structureNotFound({ id: ref.id }, user));
	return { id: ref.id, rights, versions };
}

/** Every saved version of the structure, oldest first, with its change log (whatever version is open). */
export const load: PageServerLoad = ({ params, locals }) => {
	const { id, rights, versions } = readable(params.id, locals.user);
	const marks: Record<number, string> = {};
	for (const m of decisionMarks(appDatabase(), id)) marks[m.version] = decisionWords(m);
	return {
		versions,
		authors: versionAuthors(id),
		/** Version → "as presented to the JNC panel on 3 December 2026" (never changed once made). */
		marks,
		mayMark: rights.edit
	};
};

export const actions: Actions = {
	/** Mark a version as presented to the JNC panel on a date: a record that is never changed. */
	mark: async (event) => {
		const { id, rights } = readable(event.params.id, event.locals.user);
		if (!rights.edit)
			return fail(403, { message: 'Only those who may edit it mark a version as presented.' });
		const form = await event.request.formData();
		try {
			const m = markDecision(appDatabase(), {
				structureId: id,
				version: Number(form.get('version')),
				decidedOn: String(form.get('date') ?? ''),
				body: String(form.get('body') ?? '') || undefined,
				by: event.locals.user!.id,
				address: clientAddress(event)
			});
			return { done: `Version ${m.version} is marked ${decisionWords(m)}.` };
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { message: e.message });
			throw e;
		}
	}
};
