import {
	AUDIT_ACTIONS,
	appDatabase,
	findUserByEmail,
	listAudit,
	listUsers,
	verifyChain
} from '$lib/server/auth';
import { auditFilter } from './filter';
import type { PageServerLoad } from './$types';

/** The audit trail, newest first, filtered; the same filter downloads it as CSV. */
export const load: PageServerLoad = ({ url }) => {
	const db = appDatabase();
	const { filter, query } = auditFilter(url, (email) => findUserByEmail(db, email)?.id);
	const names = Object.fromEntries(listUsers(db).map((u) => [u.id, u.email]));
	const entries = listAudit(db, filter).reverse().slice(0, 500);
	return {
		query,
		actions: [...AUDIT_ACTIONS],
		chain: verifyChain(db),
		entries: entries.map((e) => ({
			seq: e.seq,
			at: e.at,
			who: names[e.actor] ?? e.actor,
			address: e.address,
			action: e.action,
			subject: e.subject,
			detail: JSON.stringify(e.detail)
		}))
	};
};
