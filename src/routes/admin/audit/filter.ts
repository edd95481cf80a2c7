import { AUDIT_ACTIONS, type AuditFilter } from '$lib/server/auth';

/** The audit trail's filter from the address: ?action=&who=&subject=&from=&to= (dates YYYY-MM-DD). */
export function auditFilter(
	url: URL,
	actorOf: (email: string) => string | undefined
): { filter: AuditFilter; query: Record<string, string> } {
	const q = (k: string) => url.searchParams.get(k)?.trim() ?? '';
	const query = {
		action: q('action'),
		who: q('who'),
		subject: q('subject'),
		from: q('from'),
		to: q('to')
	};
	const filter: AuditFilter = {};
	if ((AUDIT_ACTIONS as readonly string[]).includes(query.action))
		filter.action = query.action as AuditFilter['action'];
	if (query.who) filter.actor = actorOf(query.who) ?? query.who;
	if (query.subject) filter.subject = query.subject;
	if (/^\d{4}-\d\d-\d\d$/.test(query.from)) filter.from = `${query.from}T00:00:00.000Z`;
	if (/^\d{4}-\d\d-\d\d$/.test(query.to)) filter.to = `${query.to}T23:59:59.999Z`;
	return { filter, query };
}
