import type {
	Assumption,
	Body,
	FundingSplit,
	Grade,
	Link,
	Meeting,
	OneOffCost,
	Post,
	PostStatus,
	Service,
	StatutoryRole,
	Structure,
	Unit
} from '../model/types';
import { nameIn } from '../words';
import { costInPence, fundingSplitOf } from './cost';
import { deepEqual } from './deepEqual';
import { fromPence } from './money';

/** One shape for the differences of every record type (tldraw's RecordsDiff, as arrays). */
export interface RecordsDiff<T> {
	added: T[];
	removed: T[];
	updated: [from: T, to: T][];
}

interface PostRef {
	postId: string;
	/** The post's title in the later structure (or the earlier, for a deleted post). */
	title: string;
}

/** Post fields without a change kind of their own. */
export const OTHER_POST_FIELDS = [
	'remit',
	'director',
	'office',
	'start',
	'end',
	'salary',
	'provenance'
] as const;
export type OtherPostField = (typeof OTHER_POST_FIELDS)[number];

export type PostChange =
	/** Live in b and absent or deleted in a. `cost` is its full-year cost in b. */
	| (PostRef & { kind: 'created'; post: Post; cost: number })
	/** Live in a and absent or deleted in b. `cost` is what it cost in a (the saving). */
	| (PostRef & { kind: 'deleted'; post: Post; cost: number })
	| (PostRef & { kind: 'retitled'; from: string; to: string })
	| (PostRef & {
			kind: 'regraded';
			from: string;
			to: string;
			costBefore: number;
			costAfter: number;
	  })
	| (PostRef & { kind: 'reportsTo-changed'; from?: string; to?: string })
	| (PostRef & { kind: 'unit-changed'; from: string; to: string })
	| (PostRef & { kind: 'funding-changed'; from: FundingSplit; to: FundingSplit })
	| (PostRef & { kind: 'status-changed'; from: PostStatus; to: PostStatus })
	| (PostRef & {
			kind: 'fte-changed';
			from: number;
			to: number;
			costBefore: number;
			costAfter: number;
	  })
	| (PostRef & { kind: 'roles-changed'; from: StatutoryRole[]; to: StatutoryRole[] })
	/** Any other field that differs (remit, director, office, dates, provenance): names and values. */
	| (PostRef & {
			kind: 'other-changed';
			fields: OtherPostField[];
			from: Pick<Post, OtherPostField>;
			to: Pick<Post, OtherPostField>;
	  });

export type PostChangeKind = PostChange['kind'];

export interface ServiceMove {
	serviceId: string;
	name: string;
	fromUnit: string;
	fromUnitName: string;
	toUnit: string;
	toUnitName: string;
}

export interface MeetingReplacement {
	/** Meeting id of the earlier structure. */
	replaced: string;
	replacedName: string;
	/** Meetings of the later structure that replace it. */
	by: { id: string; name: string }[];
}

export interface SettingChange {
	key: string;
	label: string;
	/** How to show the values (an assumption's unit; span rules are counts). */
	unit: Assumption['unit'] | 'count' | 'split';
	from?: number;
	to?: number;
	/** The default funding split before and after (unit 'split'). */
	fromSplit?: FundingSplit;
	toSplit?: FundingSplit;
}

/** A field of the structure itself that differs (said only between versions of one structure). */
export interface StructureFieldChange {
	field: 'name' | 'date' | 'description' | 'ceo' | 'statedCostChange';
	from?: string | number;
	to?: string | number;
}

/** Every difference between the records of two structures: what changed, not what it measures. */
export interface RecordChanges {
	from: { id: string; name: string; date: string };
	to: { id: string; name: string; date: string };
	posts: RecordsDiff<Post>;
	units: RecordsDiff<Unit>;
	services: RecordsDiff<Service>;
	bodies: RecordsDiff<Body>;
	links: RecordsDiff<Link>;
	meetings: RecordsDiff<Meeting>;
	grades: RecordsDiff<Grade>;
	oneOffCosts: RecordsDiff<OneOffCost>;
	/** Names of the records the changes refer to, from b or else a (posts, units, services, bodies, meetings). */
	names: Record<string, string>;
	/** Grade names (grades have their own id namespace). */
	gradeNames: Record<string, string>;
	/** Assumptions, span rules and the default funding split that differ. */
	settings: SettingChange[];
	/** The structure's own name, date, description, top post and stated cost change. */
	structure: StructureFieldChange[];
	postChanges: PostChange[];
	servicesMoved: ServiceMove[];
	meetingsAdded: Meeting[];
	meetingsRemoved: Meeting[];
	meetingsReplaced: MeetingReplacement[];
}

/** The id-keyed collections of a structure. */
export const COLLECTIONS = [
	'posts',
	'services',
	'units',
	'links',
	'meetings',
	'bodies',
	'grades',
	'oneOffCosts'
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * The record ids to compare, by collection (an edit's patches name them): a collection not listed
 * is taken as unchanged. Without it every record is compared.
 */
export type OnlyIds = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Records added, removed and updated between two id-keyed records. When `changedIds` is given, the
 * ids of every differing record are pushed to it too: a's order first, then the added ones. With
 * `only`, just those ids are compared (an edit's, so describing it costs nothing at 12,000 posts).
 */
export function diffRecords<T>(
	a: Record<string, T>,
	b: Record<string, T>,
	changedIds?: string[],
	only?: Iterable<string>
): RecordsDiff<T> {
	const out: RecordsDiff<T> = { added: [], removed: [], updated: [] };
	if (a === b) return out;
	const added: string[] = [];
	const compare = (id: string) => {
		const inA = Object.hasOwn(a, id);
		const inB = Object.hasOwn(b, id);
		if (!inA) {
			if (inB) added.push(id);
			return;
		}
		const x = a[id];
		const y = b[id];
		if (!inB) out.removed.push(x);
		else if (x === y || deepEqual(x, y)) return;
		else out.updated.push([x, y]);
		changedIds?.push(id);
	};
	if (only) for (const id of only) compare(id);
	else {
		for (const id in a) compare(id);
		for (const id in b) if (!Object.hasOwn(a, id)) added.push(id);
	}
	for (const id of added) {
		out.added.push(b[id]);
		changedIds?.push(id);
	}
	return out;
}

const isLive = (p: Post | undefined): p is Post => p !== undefined && p.status !== 'deleted';

function costOf(s: Structure, post: Post): number {
	return fromPence(costInPence(post, s.grades, s.assumptions).total);
}

function pickOther(p: Post): Pick<Post, OtherPostField> {
	const out: Partial<Pick<Post, OtherPostField>> = {};
	for (const f of OTHER_POST_FIELDS)
		if (p[f] !== undefined) (out as Record<string, unknown>)[f] = p[f];
	return out as Pick<Post, OtherPostField>;
}

function postChangesOf(a: Structure, b: Structure, ids: string[]): PostChange[] {
	const out: PostChange[] = [];
	for (const postId of ids) {
		const pa = a.posts[postId];
		const pb = b.posts[postId];
		const liveA = isLive(pa);
		const liveB = isLive(pb);
		if (!liveA && liveB) {
			out.push({ kind: 'created', postId, title: pb.title, post: pb, cost: costOf(b, pb) });
			continue;
		}
		if (liveA && !liveB) {
			out.push({ kind: 'deleted', postId, title: pa.title, post: pa, cost: costOf(a, pa) });
			continue;
		}
		if (!liveA || !liveB) continue;
		const title = pb.title;
		if (pa.title !== pb.title)
			out.push({ kind: 'retitled', postId, title, from: pa.title, to: pb.title });
		if (pa.grade !== pb.grade)
			out.push({
				kind: 'regraded',
				postId,
				title,
				from: pa.grade,
				to: pb.grade,
				costBefore: costOf(a, pa),
				costAfter: costOf(b, pb)
			});
		if (pa.fte !== pb.fte)
			out.push({
				kind: 'fte-changed',
				postId,
				title,
				from: pa.fte,
				to: pb.fte,
				costBefore: costOf(a, pa),
				costAfter: costOf(b, pb)
			});
		if (pa.reportsTo !== pb.reportsTo)
			out.push({ kind: 'reportsTo-changed', postId, title, from: pa.reportsTo, to: pb.reportsTo });
		if (pa.unit !== pb.unit)
			out.push({ kind: 'unit-changed', postId, title, from: pa.unit, to: pb.unit });
		if (!deepEqual(fundingSplitOf(a, pa), fundingSplitOf(b, pb)))
			out.push({
				kind: 'funding-changed',
				postId,
				title,
				from: fundingSplitOf(a, pa),
				to: fundingSplitOf(b, pb)
			});
		if (pa.status !== pb.status)
			out.push({ kind: 'status-changed', postId, title, from: pa.status, to: pb.status });
		if (!deepEqual(pa.statutoryRoles, pb.statutoryRoles))
			out.push({
				kind: 'roles-changed',
				postId,
				title,
				from: pa.statutoryRoles,
				to: pb.statutoryRoles
			});
		const fields = OTHER_POST_FIELDS.filter((f) => !deepEqual(pa[f], pb[f]));
		if (fields.length)
			out.push({
				kind: 'other-changed',
				postId,
				title,
				fields,
				from: pickOther(pa),
				to: pickOther(pb)
			});
	}
	return out;
}

const SPAN_RULE_LABELS = {
	ceoMax: 'Most direct reports for the Chief Executive',
	averageTarget: 'Average span target',
	averageTolerance: 'Average span tolerance',
	narrowBelow: 'Narrow span below'
} as const;

function settingsOf(a: Structure, b: Structure): SettingChange[] {
	const out: SettingChange[] = [];
	if (a.assumptions !== b.assumptions) {
		const keys = new Set([...Object.keys(a.assumptions), ...Object.keys(b.assumptions)]);
		for (const key of keys) {
			const x: Assumption | undefined = a.assumptions[key];
			const y: Assumption | undefined = b.assumptions[key];
			if (x?.value === y?.value) continue;
			const either = (y ?? x)!;
			out.push({
				key: `assumptions.${key}`,
				label: either.label,
				unit: either.unit,
				from: x?.value,
				to: y?.value
			});
		}
	}
	for (const key of Object.keys(SPAN_RULE_LABELS) as (keyof typeof SPAN_RULE_LABELS)[])
		if (a.spanRules[key] !== b.spanRules[key])
			out.push({
				key: `spanRules.${key}`,
				label: SPAN_RULE_LABELS[key],
				unit: 'count',
				from: a.spanRules[key],
				to: b.spanRules[key]
			});
	if (!deepEqual(a.defaultFunding.split, b.defaultFunding.split))
		out.push({
			key: 'defaultFunding',
			label: 'Default funding split',
			unit: 'split',
			fromSplit: a.defaultFunding.split,
			toSplit: b.defaultFunding.split
		});
	return out;
}

function structureFieldsOf(a: Structure, b: Structure): StructureFieldChange[] {
	const out: StructureFieldChange[] = [];
	for (const field of ['name', 'date', 'description', 'ceo'] as const)
		if (a[field] !== b[field]) out.push({ field, from: a[field], to: b[field] });
	const stated = (s: Structure) => s.statedCostChange?.value;
	if (stated(a) !== stated(b))
		out.push({ field: 'statedCostChange', from: stated(a), to: stated(b) });
	return out;
}

function meetingsReplacedOf(a: Structure, b: Structure): MeetingReplacement[] {
	const byReplaced = new Map<string, MeetingReplacement>();
	for (const m of Object.values(b.meetings))
		for (const replaced of m.replaces ?? []) {
			// Only a meeting of a that b no longer has is replaced (two options that both replace CLT
			// do not replace anything between themselves).
			if (!a.meetings[replaced] || b.meetings[replaced]) continue;
			let entry = byReplaced.get(replaced);
			if (!entry) {
				entry = { replaced, replacedName: a.meetings[replaced].name, by: [] };
				byReplaced.set(replaced, entry);
			}
			entry.by.push({ id: m.id, name: m.name });
		}
	return [...byReplaced.values()];
}

function servicesMovedOf(a: Structure, b: Structure, updated: [Service, Service][]): ServiceMove[] {
	return updated
		.filter(([sa, sb]) => sa.unit !== sb.unit)
		.map(([sa, sb]) => ({
			serviceId: sb.id,
			name: sb.name,
			fromUnit: sa.unit,
			fromUnitName: a.units[sa.unit]?.name ?? sa.unit,
			toUnit: sb.unit,
			toUnitName: b.units[sb.unit]?.name ?? sb.unit
		}));
}

/**
 * Every difference between the records of a and b, matched by id; a post whose status becomes
 * 'deleted' counts as deleted (and one that stops being deleted as created). `changedPostIds`
 * receives the ids of the posts whose records differ, for costing the change (diffStructures).
 */
export function recordChanges(
	a: Structure,
	b: Structure,
	only?: OnlyIds,
	changedPostIds: string[] = []
): RecordChanges {
	const ids = (c: Collection) => (only ? (only.get(c) ?? []) : undefined);
	const meta = (s: Structure) => ({ id: s.id, name: s.name, date: s.date });
	const posts = diffRecords(a.posts, b.posts, changedPostIds, ids('posts'));
	const units = diffRecords(a.units, b.units, undefined, ids('units'));
	const services = diffRecords(a.services, b.services, undefined, ids('services'));
	const bodies = diffRecords(a.bodies, b.bodies, undefined, ids('bodies'));
	const links = diffRecords(a.links, b.links, undefined, ids('links'));
	const meetings = diffRecords(a.meetings, b.meetings, undefined, ids('meetings'));
	const grades = diffRecords(a.grades, b.grades, undefined, ids('grades'));
	const oneOffCosts = diffRecords(a.oneOffCosts, b.oneOffCosts, undefined, ids('oneOffCosts'));
	const postChanges = postChangesOf(a, b, changedPostIds);
	const structure = structureFieldsOf(a, b);

	// Only the names the changes refer to, so a diff of a large establishment stays small.
	const names: Record<string, string> = {};
	const gradeNames: Record<string, string> = {};
	const ref = (id: string | undefined) => {
		if (id !== undefined && !(id in names)) names[id] = nameIn(b, a, id);
	};
	const refGrade = (id: string) => {
		gradeNames[id] ??= b.grades[id]?.name ?? a.grades[id]?.name ?? id;
	};
	for (const c of postChanges) {
		ref(c.postId);
		if (c.kind === 'reportsTo-changed' || c.kind === 'unit-changed') {
			ref(c.from);
			ref(c.to);
		} else if (c.kind === 'regraded') {
			refGrade(c.from);
			refGrade(c.to);
		} else if (c.kind === 'created' || c.kind === 'deleted') {
			refGrade(c.post.grade);
			ref(c.post.unit);
			ref(c.post.reportsTo);
		}
	}
	for (const l of [...links.added, ...links.removed, ...links.updated.flat()]) {
		ref(l.from);
		ref(l.to);
	}
	for (const u of [...units.added, ...units.updated.flat()]) {
		ref(u.head);
		ref(u.parent);
	}
	for (const sv of [...services.added, ...services.removed]) ref(sv.unit);
	for (const m of meetings.updated.flat()) {
		ref(m.chair);
		for (const id of [...m.members, ...m.curators, ...m.feedsInto]) ref(id);
	}
	for (const g of [...grades.added, ...grades.removed, ...grades.updated.flat()]) refGrade(g.id);
	for (const f of structure)
		if (f.field === 'ceo') for (const id of [f.from, f.to]) ref(id as string);

	return {
		from: meta(a),
		to: meta(b),
		posts,
		units,
		services,
		bodies,
		links,
		meetings,
		grades,
		oneOffCosts,
		names,
		gradeNames,
		settings: settingsOf(a, b),
		structure,
		postChanges,
		servicesMoved: servicesMovedOf(a, b, services.updated),
		meetingsAdded: meetings.added,
		meetingsRemoved: meetings.removed,
		meetingsReplaced: meetingsReplacedOf(a, b)
	};
}
