import type { Post, Structure, Unit } from '$lib/model/types';
import { routesInto, type RouteSource, type UnitRoutes } from '$lib/analysis/accountabilityRoutes';
import { deliveryLead } from '$lib/analysis/deliveryLead';
import { cadenceWord, nameOf } from '$lib/words';

/**
 * The matrix's columns. Every column but the line manager has a core check, and every cell is
 * read from the core's accountabilityRoutes, which the checks read too: the page and the checks
 * cannot disagree.
 */
export const ACCOUNTABILITY_COLUMNS = [
	{ key: 'purposeSetter', label: 'Purpose-setter', check: 'delivery.purpose-setter' },
	{ key: 'lineManager', label: 'Line manager of the head', check: undefined },
	{ key: 'performance', label: 'Performance route', check: 'delivery.performance-route' },
	{ key: 'assurance', label: 'Assurance route', check: 'delivery.assurance-route' },
	{ key: 'memberInterface', label: 'Member interface', check: 'delivery.member-interface' }
] as const;

export type AccountabilityColumn = (typeof ACCOUNTABILITY_COLUMNS)[number]['key'];

export interface AccountabilityCell {
	/** Who or what fills the role, by name. */
	names: string[];
	/** What the meetings among them are ("Assurance group meets monthly, chaired by …"). */
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

/**
 * What the meetings among the sources are: "Meets monthly, chaired by Director of City
 * Management" for a lone meeting, "Assurance group meets monthly, chaired by …" among others.
 */
function meetingWords(s: Structure, sources: readonly RouteSource[]): string | undefined {
	const words = sources
		.filter((r) => r.kind === 'meeting')
		.map((r) => {
			const m = s.meetings[r.id];
			const chair = m.chair ? `, chaired by ${nameOf(s, m.chair)}` : '';
			const who = sources.length === 1 ? 'Meets' : `${m.name} meets`;
			return `${who} ${cadenceWord(m.cadence)}${chair}`;
		});
	return words.length ? words.join('; ') : undefined;
}

function cell(
	s: Structure,
	sources: readonly RouteSource[],
	gap: boolean,
	reason: string
): AccountabilityCell {
	const via = meetingWords(s, sources);
	return {
		names: sources.map((r) => r.name),
		...(via ? { via } : {}),
		gap,
		...(gap ? { reason } : {})
	};
}

function lineManager(s: Structure, unit: Unit, routes: UnitRoutes): AccountabilityCell {
	if (routes.lineManagerOfHead) return { names: [routes.lineManagerOfHead.name], gap: false };
	if (!routes.head) {
		if (unit.external)
			return {
				names: [],
				gap: false,
				notApplicable: true,
				reason: 'An external body, not line managed.'
			};
		return { names: [], gap: true, reason: 'The unit has no head post in the model.' };
	}
	return { names: [], gap: true, reason: `${nameOf(s, routes.head)} has no line manager.` };
}

/**
 * Each delivery function against the roles that hold it to account, from the core's
 * accountabilityRoutes. Where a check failed for a unit, the cell takes the check's message as its
 * reason; where it passed, the cell is not a gap.
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
		const r = routesInto(s, unit.id);
		const setters = r.purposeSetters;
		const cells: Record<AccountabilityColumn, AccountabilityCell> = {
			purposeSetter: cell(
				s,
				setters,
				setters.length !== 1,
				setters.length === 0 ? 'No purpose-setter link.' : 'More than one purpose-setter.'
			),
			lineManager: lineManager(s, unit, r),
			performance: cell(
				s,
				r.performanceRoutes,
				r.performanceRoutes.length === 0,
				'No “holds to account” link.'
			),
			assurance: cell(s, r.assuranceRoutes, r.assuranceRoutes.length === 0, 'No “assures” link.'),
			memberInterface: cell(
				s,
				r.memberInterfaces,
				r.memberInterfaces.length === 0,
				'No member interface link.'
			)
		};
		for (const col of ACCOUNTABILITY_COLUMNS) {
			if (!col.check) continue;
			const message = failed.get(col.check)?.get(unit.id);
			const c = cells[col.key];
			if (message) {
				c.gap = true;
				c.reason = message;
			} else if (checks.some((x) => x.key === col.check)) {
				// The check passed for this unit (it reads the same routes): no gap.
				c.gap = false;
				delete c.reason;
			}
		}
		const head = r.head ? s.posts.get(r.head) : undefined;
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
		const post: Post | undefined = s.posts.get(id);
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
