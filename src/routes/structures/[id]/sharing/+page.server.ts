import { error, fail } from '@sveltejs/kit';
import { parseStructureRef } from '$lib/model/structureRef';
import {
	AccountError,
	appDatabase,
	clientAddress,
	findUserByEmail,
	getSharing,
	getUser,
	listGroups,
	updateSharing,
	type Access,
	type User,
	type Visibility
} from '$lib/server/auth';
import { notAStructureRef, readableRights, structureNotFound } from '$lib/server/resolve';
import type { Actions, PageServerLoad } from './$types';

/**
 * Who may see a saved scenario: private to its owner, shared with named people or groups (view or
 * edit), or open to everyone signed in. Its owner and administrators change it; anyone who may
 * read it sees who may (404 for anyone else, as for a structure that does not exist).
 */
function structureId(segment: string, user: User | undefined) {
	const ref = parseStructureRef(segment);
	if (!ref) error(400, notAStructureRef(segment));
	const rights = readableRights(ref.id, user);
	if (!rights) error(404, structureNotFound({ id: ref.id }, user));
	return { id: ref.id, rights };
}

export const load: PageServerLoad = ({ params, locals }) => {
	const { id, rights } = structureId(params.id, locals.user);
	const db = appDatabase();
	const sharing = getSharing(db, id);
	const groups = listGroups(db);
	const personName = (userId: string) => {
		const u = getUser(db, userId);
		return u ? `${u.displayName} (${u.email})` : 'someone no longer known';
	};
	return {
		mayShare: rights.share,
		builtIn: !sharing && !!locals.user && isBuiltIn(id),
		visibility: sharing?.visibility ?? 'everyone',
		owner: sharing?.ownerId ? personName(sharing.ownerId) : undefined,
		grants: (sharing?.grants ?? []).map((g) => ({
			kind: g.kind,
			id: g.id,
			access: g.access,
			name:
				g.kind === 'user'
					? personName(g.id)
					: `the group ${groups.find((x) => x.id === g.id)?.name ?? 'no longer known'}`
		})),
		groups: rights.share ? groups.map((g) => ({ id: g.id, name: g.name })) : []
	};
};

function isBuiltIn(id: string): boolean {
	const row = appDatabase()
		.prepare<[string], { built_in: number }>('SELECT built_in FROM structures WHERE id = ?')
		.get(id);
	return !!row?.built_in;
}

async function change(
	event: Parameters<Actions[string]>[0],
	what: (form: FormData) => Parameters<typeof updateSharing>[1] | string
) {
	const { id, rights } = structureId(event.params.id!, event.locals.user);
	if (!rights.share)
		return fail(403, { message: 'Only its owner or an administrator changes who can see it.' });
	const form = await event.request.formData();
	const input = what(form);
	if (typeof input === 'string') return fail(400, { message: input });
	try {
		updateSharing(appDatabase(), {
			...input,
			structureId: id,
			by: event.locals.user!.id,
			address: clientAddress(event)
		});
	} catch (e) {
		if (e instanceof AccountError) return fail(400, { message: e.message });
		throw e;
	}
	return { done: 'Saved: the sharing below is as it now is.' };
}

const base = { structureId: '', by: '' };

export const actions: Actions = {
	visibility: (event) =>
		change(event, (form) => ({
			...base,
			visibility: String(form.get('visibility') ?? '') as Visibility
		})),
	grant: (event) =>
		change(event, (form) => {
			const access = String(form.get('access') ?? 'view') as Access;
			const who = String(form.get('who') ?? '').trim();
			if (who.startsWith('group:'))
				return { ...base, grant: [{ kind: 'group', id: who.slice(6), access }] };
			const user = who && findUserByEmail(appDatabase(), who);
			if (!user) return `There is no account for “${who}”: an administrator adds people first.`;
			return { ...base, grant: [{ kind: 'user', id: user.id, access }] };
		}),
	revoke: (event) =>
		change(event, (form) => ({
			...base,
			revoke: [
				{
					kind: String(form.get('kind')) === 'group' ? 'group' : 'user',
					id: String(form.get('id') ?? '')
				}
			]
		}))
};
