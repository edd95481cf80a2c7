import type { RequestEvent } from '@sveltejs/kit';
import {
	appDatabase,
	clientAddress,
	getSharing,
	getUser,
	listAudit,
	record,
	setOwner,
	type AuditAction
} from './auth';
import type { ImportResult, SaveResult } from './store';

/**
 * What the routes note after reading or changing a structure, as the signed-in person: who owns a
 * new scenario, and the audit trail's entries for saves, restores, imports, exports and views.
 */

type Event = Pick<RequestEvent, 'locals' | 'getClientAddress'>;

/** After a save, restore or import: a new scenario becomes its saver's (private), and the trail says who. */
export function noteSaved(
	event: Event,
	action: 'save' | 'restore' | 'import',
	result: SaveResult | ImportResult,
	newScenario: boolean
): void {
	const user = event.locals.user;
	if (!result.ok || !user || ('unchanged' in result && result.unchanged)) return;
	const db = appDatabase();
	const created = newScenario || ('scenarioCreated' in result && !!result.scenarioCreated);
	if (created) setOwner(db, result.id, user.id);
	record(db, {
		actor: user.id,
		action,
		address: clientAddress(event),
		subject: `${result.id}@${result.version}`,
		detail: created ? { newScenario: true } : {}
	});
}

/** An export (PDF, CSV, YAML) of these structures, each `id@version`. */
export function noteExport(
	event: Event,
	action: Extract<AuditAction, 'export-pdf' | 'export-csv' | 'export-yaml'>,
	subjects: string[],
	detail: Record<string, unknown> = {}
): void {
	const user = event.locals.user;
	if (!user || event.locals.via === 'print-pass') return;
	record(appDatabase(), {
		actor: user.id,
		action,
		address: clientAddress(event),
		subject: subjects.join(' '),
		detail: { ...detail, structures: subjects }
	});
}

const VIEW_QUIET_MS = 10 * 60 * 1000;
const lastViews = new Map<string, number>();

/**
 * A view of a saved scenario that is not open to everyone (private or shared): those are the
 * confidential ones. Built-in models and open scenarios are not noted, to keep the trail readable.
 */
export function noteView(event: Event, id: string, version: number, now = Date.now()): void {
	const user = event.locals.user;
	if (!user || event.locals.via === 'print-pass') return;
	// Moving between a structure's tabs reloads it: one entry per person and version per 10 minutes.
	const key = `${user.id} ${id}@${version}`;
	if ((lastViews.get(key) ?? -Infinity) > now - VIEW_QUIET_MS) return;
	lastViews.set(key, now);
	if (lastViews.size > 10_000) lastViews.clear();
	const db = appDatabase();
	const sharing = getSharing(db, id);
	if (!sharing || sharing.visibility === 'everyone') return;
	record(db, {
		actor: user.id,
		action: 'view',
		address: clientAddress(event),
		subject: `${id}@${version}`,
		detail: { visibility: sharing.visibility }
	});
}

/**
 * Who made each version of a structure, from the audit trail's save, restore and import entries
 * (versions saved before accounts existed have none): version → the person's name.
 */
export function versionAuthors(id: string): Record<number, string> {
	const db = appDatabase();
	const names = new Map<string, string>();
	const authors: Record<number, string> = {};
	for (const e of listAudit(db, { subject: `${id}@` })) {
		if (e.action !== 'save' && e.action !== 'restore' && e.action !== 'import') continue;
		const version = Number(e.subject.slice(id.length + 1));
		if (!Number.isInteger(version)) continue;
		if (!names.has(e.actor)) {
			const user = getUser(db, e.actor);
			names.set(e.actor, user ? user.displayName || user.email : 'someone no longer known');
		}
		authors[version] = names.get(e.actor)!;
	}
	return authors;
}
