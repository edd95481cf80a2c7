import { appDatabase, auditCsv, findUserByEmail, listAudit, listUsers } from '$lib/server/auth';
import { administrator } from '../adminGuard';
import { auditFilter } from '../audit/filter';
import type { RequestHandler } from './$types';

/** The audit trail (as filtered) as CSV, with each entry's hashes. */
export const GET: RequestHandler = (event) => {
	administrator(event);
	const db = appDatabase();
	const { filter } = auditFilter(event.url, (email) => findUserByEmail(db, email)?.id);
	const names = Object.fromEntries(listUsers(db).map((u) => [u.id, u.email]));
	const day = new Date().toISOString().slice(0, 10);
	return new Response('\ufeff' + auditCsv(listAudit(db, filter), names) + '\r\n', {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="audit-trail-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
