import type { LinkType, Meeting, Structure, Unit } from '$lib/model/types';
import { deliveryLead, unitTargets } from '$lib/analysis/deliveryLead';
import { linksInto } from '$lib/analysis/linksInto';
import { meetingAttendees } from '$lib/analysis/meetingAttendees';
import { recordName } from './names.ts';

export const ACCOUNTABILITY_COLUMNS = [
	{ key: 'purposeSetter', label: 'Purpose-setter', check: 'delivery.purpose-setter' },
	{ key: 'lineManager', label: 'Line manager of the head', check: undefined },
	{ key: 'performance', label: 'Performance route', check: undefined },
	{ key: 'assurance', label: 'Assurance route', check: 'delivery.assurance-route' },
	{ key: 'memberInterface', label: 'Member interface', check: 'delivery.member-interface' }
] as const;

export type AccountabilityColumn = (typeof ACCOUNTABILITY_COLUMNS)[number]['key'];

export interface AccountabilityCell {
	/** Who or what fills the role, by name. */
	names: string[];
	/** How the route runs when it is through a meeting rather than a link ("attends Assurance group"). */
	via?: string;
	/** Nothing fills the role, or the core's check failed for this unit. */
	gap: boolean;
	/** Why it is a gap, in the core's words where a check says so. */
	reason?: string;
	/** The role does not apply (the line manager of an external body). */
	notApplicable?: boolean;
}

export interface AccountabilityRow {
	unitId: string;
	name: string;
	headTitle?: string;
	external: boolean;
	cells: Record<AccountabilityColumn, AccountabilityCell>;
}

/** The failed checks the matrix reads, from runChecks(...). */
export type CheckViolations = readonly {
	key: string;
	violations: readonly { subject: string; message: string }[];
}[];

function fromNames(s: Structure, unit: Unit, type: LinkType): string[] {
	const names = unitTargets(s, unit).flatMap((t) =>
		linksInto(s, t, type).map((l) => recordName(s, l.from))
	);
	return [...new Set(names)];
}

function meetingsMatching(s: Structure, pattern: RegExp, linkType: LinkType): Meeting[] {
	const linkSources = new Set(
		Object.values(s.links)
			.filter((l) => l.type === linkType)
			.map((l) => l.from)
	);
	return Object.values(s.meetings).filter(
		(m) => linkSources.has(m.id) || pattern.test(m.name) || pattern.test(m.purpose)
	);
}

/**
 * A route through links into the unit (or its head), else through a meeting of the right kind
 * that the unit's lead attends — the same reading the core's assurance check makes.
 */
function route(
	s: Structure,
	unit: Unit,
	type: LinkType,
	pattern: RegExp,
	lead: string | undefined
): AccountabilityCell {
	const names = fromNames(s, unit, type);
	if (names.length > 0) return { names, gap: false };
	if (lead) {
		const attended = meetingsMatching(s, pattern, type).filter((m) =>
			meetingAttendees(s, m).includes(lead)
		);
		if (attended.length > 0)
			return {
				names: attended.map((m) => m.name),
				via: `${recordName(s, lead)} attends`,
				gap: false
			};
	}
	return { names: [], gap: true, reason: 'No link or meeting found.' };
}

function lineManager(s: Structure, unit: Unit): AccountabilityCell {
	const head = unit.head ? s.posts[unit.head] : undefined;
	if (!head || head.status === 'deleted') {
		if (unit.external)
			return {
				names: [],
				gap: false,
				notApplicable: true,
				reason: 'An external body, not line managed.'
			};
		return { names: [], gap: true, reason: 'The unit has no head post in the model.' };
	}
	const manager = head.reportsTo ? s.posts[head.reportsTo] : undefined;
	if (!manager || manager.status === 'deleted')
		return { names: [], gap: true, reason: `${head.title} has no line manager.` };
	return { names: [manager.title], gap: false };
}

/**
 * Each delivery function against the roles that hold it to account. Where the core has a check
 * for a role, the gap follows that check's result, so the matrix and the checks list agree.
 */
export function toAccountabilityMatrix(
	s: Structure,
	units: readonly Unit[],
	checks: CheckViolations
): AccountabilityRow[] {
	const failed = new Map<string, Map<string, string>>();
	for (const c of checks)
		for (const v of c.violations) {
			if (!failed.has(c.key)) failed.set(c.key, new Map());
			failed.get(c.key)!.set(v.subject, v.message);
		}
	return units.map((unit) => {
		const lead = deliveryLead(s, unit);
		const purposeNames = fromNames(s, unit, 'sets-purpose-for');
		const cells: Record<AccountabilityColumn, AccountabilityCell> = {
			purposeSetter: { names: purposeNames, gap: purposeNames.length === 0 },
			lineManager: lineManager(s, unit),
			performance: route(s, unit, 'holds-to-account', /perform/i, lead),
			assurance: route(s, unit, 'assures', /assur/i, lead),
			memberInterface: {
				names: fromNames(s, unit, 'member-interface'),
				gap: false
			}
		};
		cells.memberInterface.gap = cells.memberInterface.names.length === 0;
		for (const col of ACCOUNTABILITY_COLUMNS) {
			if (!col.check) continue;
			const message = failed.get(col.check)?.get(unit.id);
			const cell = cells[col.key];
			if (message) {
				cell.gap = true;
				cell.reason = message;
			} else if (checks.some((c) => c.key === col.check)) {
				// The core's check passed for this unit: trust it over the reading here.
				cell.gap = false;
				cell.reason = undefined;
			}
		}
		const head = unit.head ? s.posts[unit.head] : undefined;
		return {
			unitId: unit.id,
			name: unit.name,
			headTitle: head?.title,
			external: !!unit.external,
			cells
		};
	});
}

export interface EscalationPath {
	serviceId: string;
	serviceName: string;
	unitName: string;
	/** Posts from the one answering for the service up to the top post. */
	posts: { postId: string; title: string }[];
	reachesCeo: boolean;
	/** Why the path stops short of the Chief Executive. */
	problem?: string;
}

/**
 * The line from a service to the Chief Executive: the post answering for the service's unit
 * (its head, else a parent unit's head, else who commissions or sets its purpose), then up
 * through line managers.
 */
export function escalationPath(s: Structure, serviceId: string): EscalationPath | undefined {
	const service = s.services[serviceId];
	if (!service) return undefined;
	let unit: Unit | undefined = s.units[service.unit];
	const base = {
		serviceId,
		serviceName: service.name,
		unitName: unit?.name ?? service.unit
	};
	let start: string | undefined;
	const seenUnits = new Set<string>();
	while (unit && !start && !seenUnits.has(unit.id)) {
		seenUnits.add(unit.id);
		start = deliveryLead(s, unit);
		unit = unit.parent ? s.units[unit.parent] : undefined;
	}
	if (!start)
		return {
			...base,
			posts: [],
			reachesCeo: false,
			problem: `${base.unitName} has no head post, and no post commissions it or sets its purpose.`
		};
	const posts: EscalationPath['posts'] = [];
	const seen = new Set<string>();
	let id: string | undefined = start;
	while (id !== undefined) {
		const post: Structure['posts'][string] | undefined = s.posts[id];
		if (!post || post.status === 'deleted')
			return {
				...base,
				posts,
				reachesCeo: false,
				problem: `The line stops at '${id}', which is not a live post.`
			};
		if (seen.has(id))
			return {
				...base,
				posts,
				reachesCeo: false,
				problem: `${post.title} is in a reporting loop.`
			};
		seen.add(id);
		posts.push({ postId: id, title: post.title });
		if (id === s.ceo) return { ...base, posts, reachesCeo: true };
		id = post.reportsTo;
	}
	const last = posts[posts.length - 1];
	return {
		...base,
		posts,
		reachesCeo: false,
		problem: `${last.title} has no line manager, so the line stops before the Chief Executive.`
	};
}

/** Services grouped by their unit, for the chooser. */
export function servicesByUnit(
	s: Structure
): { unitName: string; services: { id: string; name: string }[] }[] {
	const groups = new Map<string, { id: string; name: string }[]>();
	for (const sv of Object.values(s.services)) {
		const name = s.units[sv.unit]?.name ?? sv.unit;
		if (!groups.has(name)) groups.set(name, []);
		groups.get(name)!.push({ id: sv.id, name: sv.name });
	}
	return [...groups].map(([unitName, services]) => ({ unitName, services }));
}
