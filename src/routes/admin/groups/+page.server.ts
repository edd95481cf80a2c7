import { fail } from '@sveltejs/kit';
import {
	AccountError,
	appDatabase,
	clientAddress,
	createGroup,
	findUserByEmail,
	listGroups,
	setMembership
} from '$lib/server/auth';
import { administrator } from '../adminGuard';
import type { Actions, PageServerLoad } from './$types';

/** Groups to share structures with (the JNC panel, HR business partners…) and who is in each. */
export const load: PageServerLoad = () => {
	const db = appDatabase();
	const members = db
		.prepare<[], { group_id: string; email: string; id: string }>(
			'SELECT m.group_id, u.email, u.id FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY u.email'
		)
		.all();
	return {
		groups: listGroups(db).map((g) => ({
			id: g.id,
			name: g.name,
			members: members.filter((m) => m.group_id === g.id).map((m) => ({ id: m.id, email: m.email }))
		}))
	};
};

async function attempt(run: () => string) {
	try {
		return { done: run() };
	} catch (e) {
		if (e instanceof AccountError) return fail(400, { message: e.message });
		throw e;
	}
}

export const actions: Actions = {
	add: async (event) => {
		const admin = administrator(event);
		const name = String((await event.request.formData()).get('name') ?? '');
		return attempt(() => {
			const g = createGroup(appDatabase(), { name, by: admin.id, address: clientAddress(event) });
			return `The group ${g.name} is made.`;
		});
	},
	member: async (event) => {
		const admin = administrator(event);
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').trim();
		const member = form.get('member') !== 'remove';
		return attempt(() => {
			const user = findUserByEmail(appDatabase(), email);
			if (!user) throw new AccountError(`There is no account for “${email}”.`);
			setMembership(appDatabase(), {
				groupId: String(form.get('group') ?? ''),
				userId: user.id,
				member,
				by: admin.id,
				address: clientAddress(event)
			});
			return member ? `${user.email} is in the group.` : `${user.email} is out of the group.`;
		});
	}
};
