import type { LinkType, Structure, Unit } from '../model/types';
import { unitTargets } from './deliveryLead';
import { linksInto } from './linksInto';
import { memoisePerStructure } from './memo';
import { nameOf } from '../words';

export type RouteSourceKind = 'post' | 'meeting' | 'body' | 'unit' | 'service' | 'unknown';

/** One post, meeting, body or unit on an accountability route into a unit. */
export interface RouteSource {
	id: string;
	name: string;
	kind: RouteSourceKind;
	/** The link the route is read from; absent for the line manager (that is Post.reportsTo). */
	linkId?: string;
	/** Whether the link points at the unit itself or at its head post. */
	target?: 'unit' | 'head';
}

/** Who sets a unit's purpose, manages its head, holds it to account, assures it and so on. */
export interface UnitRoutes {
	unitId: string;
	/** The unit's head, when it is a live post. */
	head?: string;
	/** From 'sets-purpose-for' links; a delivery function should have exactly one. */
	purposeSetters: RouteSource[];
	/** The head's line manager (Post.reportsTo), when both are live posts. */
	lineManagerOfHead?: RouteSource;
	/** From 'holds-to-account' links (the performance group, a purpose director…). */
	performanceRoutes: RouteSource[];
	/** From 'assures' links. */
	assuranceRoutes: RouteSource[];
	/** From 'member-interface' links (Cabinet Members, Scrutiny). */
	memberInterfaces: RouteSource[];
	/** From 'commissions' links. */
	commissioners: RouteSource[];
}

/** Which list each link type fills. */
const ROUTE_OF: Partial<Record<LinkType, RouteList>> = {
	'sets-purpose-for': 'purposeSetters',
	'holds-to-account': 'performanceRoutes',
	assures: 'assuranceRoutes',
	'member-interface': 'memberInterfaces',
	commissions: 'commissioners'
};

type RouteList =
	'purposeSetters' | 'performanceRoutes' | 'assuranceRoutes' | 'memberInterfaces' | 'commissioners';

/** Shared by every unit with no route of a kind (most units of a large establishment). */
const NONE: readonly RouteSource[] = Object.freeze([]);

function kindOf(s: Structure, id: string): RouteSourceKind {
	if (s.posts.get(id)) return 'post';
	if (s.meetings[id]) return 'meeting';
	if (s.bodies[id]) return 'body';
	if (s.units[id]) return 'unit';
	if (s.services[id]) return 'service';
	return 'unknown';
}

/**
 * The routes into one unit: the sources of the links into the unit or its live head post, by
 * type, each source once per type (a source linking to both the unit and its head counts once),
 * in link order, the unit's links first.
 */
function routesOf(s: Structure, unit: Unit): UnitRoutes {
	const targets = unitTargets(s, unit);
	const head = targets.length > 1 ? s.posts.get(targets[1]) : undefined;
	const lists: Partial<Record<RouteList, RouteSource[]>> = {};
	for (let t = 0; t < targets.length; t++)
		for (const link of linksInto(s, targets[t])) {
			const list = ROUTE_OF[link.type];
			if (!list) continue;
			const sources = (lists[list] ??= []);
			if (sources.some((r) => r.id === link.from)) continue;
			sources.push(
				Object.freeze({
					id: link.from,
					name: nameOf(s, link.from),
					kind: kindOf(s, link.from),
					linkId: link.id,
					target: t === 0 ? ('unit' as const) : ('head' as const)
				})
			);
		}
	const managerId = head?.reportsTo;
	const manager = managerId !== undefined ? s.posts.get(managerId) : undefined;
	const list = (key: RouteList) => {
		const l = lists[key];
		return (l ? Object.freeze(l) : NONE) as RouteSource[];
	};
	return Object.freeze({
		unitId: unit.id,
		...(head ? { head: head.id } : {}),
		purposeSetters: list('purposeSetters'),
		...(manager && manager.status !== 'deleted' && manager.id !== head?.id
			? {
					lineManagerOfHead: Object.freeze({
						id: manager.id,
						name: manager.title,
						kind: 'post' as const
					})
				}
			: {}),
		performanceRoutes: list('performanceRoutes'),
		assuranceRoutes: list('assuranceRoutes'),
		memberInterfaces: list('memberInterfaces'),
		commissioners: list('commissioners')
	});
}

/**
 * The accountability routes into every unit, read from typed links only (never from the words in
 * a meeting's name or purpose): links of each type into the unit or its head post, plus the head's
 * line manager. A unit with no head (the Children's Trust) has routes only through links into the
 * unit itself: links into the post that commissions it are that post's own, not the unit's.
 * Links from deleted posts do not count. The accountability checks and the accountability page
 * both read this, so they cannot disagree. Memoised per structure (read-only result).
 */
export const accountabilityRoutes: (s: Structure) => Record<string, UnitRoutes> =
	memoisePerStructure((s) => {
		const out: Record<string, UnitRoutes> = {};
		for (const id in s.units) out[id] = routesInto(s, id);
		return out;
	});

/** Each unit's routes once worked out, per structure: the checks need only the delivery functions'. */
const byUnit = new WeakMap<Structure, Map<string, UnitRoutes>>();

/** The routes into one unit (all empty for an id that is not a unit), memoised per structure. */
export function routesInto(s: Structure, unitId: string): UnitRoutes {
	let known = byUnit.get(s);
	if (!known) byUnit.set(s, (known = new Map()));
	let routes = known.get(unitId);
	if (!routes) {
		const unit = Object.hasOwn(s.units, unitId) ? s.units[unitId] : undefined;
		routes = unit
			? routesOf(s, unit)
			: {
					unitId,
					purposeSetters: [],
					performanceRoutes: [],
					assuranceRoutes: [],
					memberInterfaces: [],
					commissioners: []
				};
		known.set(unitId, routes);
	}
	return routes;
}
