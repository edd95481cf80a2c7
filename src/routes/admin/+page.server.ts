import { fail } from '@sveltejs/kit';
import {
	AccountError,
	appDatabase,
	clientAddress,
	createUser,
	getUser,
	isRole,
	listUsers,
	MIN_PASSWORD_LENGTH,
	record,
	ROLE_NAMES,
	updateUser
} from '$lib/server/auth';
import { administrator } from './adminGuard';
import type { Actions, PageServerLoad } from './$types';

/** The people who have accounts: add one, change a role or the right to see pay, disable. */
export const load: PageServerLoad = () => ({
	users: listUsers(appDatabase()).map((u) => ({
		id: u.id,
		email: u.email,
		name: u.displayName,
		role: u.role,
		roleName: ROLE_NAMES[u.role],
		canSeePay: u.canSeePay,
		disabled: u.disabled,
		hasPassword: u.hasPassword
	})),
	minPasswordLength: MIN_PASSWORD_LENGTH
});

export const actions: Actions = {
	add: async (event) => {
		const admin = administrator(event);
		const form = await event.request.formData();
		const role = String(form.get('role') ?? '');
		if (!isRole(role)) return fail(400, { message: 'Choose a role.' });
		const password = String(form.get('password') ?? '');
		try {
			const user = await createUser(appDatabase(), {
				email: String(form.get('email') ?? '').trim(),
				displayName: String(form.get('name') ?? '').trim() || undefined,
				role,
				canSeePay: form.get('canSeePay') === 'on',
				// No password: they sign in through single sign-on only.
				password: password ? password : undefined,
				by: admin.id,
				address: clientAddress(event)
			});
			return { done: `${user.email} can now sign in, as ${ROLE_NAMES[user.role].toLowerCase()}.` };
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { message: e.message });
			throw e;
		}
	},
	change: async (event) => {
		const admin = administrator(event);
		const form = await event.request.formData();
		const db = appDatabase();
		const id = String(form.get('id') ?? '');
		const before = getUser(db, id);
		if (!before) return fail(400, { message: 'There is no such user.' });
		const role = String(form.get('role') ?? before.role);
		if (!isRole(role)) return fail(400, { message: 'Choose a role.' });
		const change = {
			role,
			canSeePay: form.get('canSeePay') === 'on',
			disabled: form.get('disabled') === 'on'
		};
		if (id === admin.id && (change.role !== 'admin' || change.disabled))
			return fail(400, {
				message: 'You cannot take away your own administrator role or disable yourself.'
			});
		try {
			const after = db.transaction(() => {
				const u = updateUser(db, id, change);
				record(db, {
					actor: admin.id,
					action: before.role !== u.role ? 'role-change' : 'user-change',
					address: clientAddress(event),
					subject: u.email,
					detail: {
						before: { role: before.role, canSeePay: before.canSeePay, disabled: before.disabled },
						after: { role: u.role, canSeePay: u.canSeePay, disabled: u.disabled }
					}
				});
				return u;
			})();
			return {
				done: `${after.email} is now ${ROLE_NAMES[after.role].toLowerCase()}${after.canSeePay ? ', seeing pay' : ', pay masked'}${after.disabled ? ', disabled' : ''}.`
			};
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { message: e.message });
			throw e;
		}
	}
};
