import { FUNDING_SOURCES } from '../model/types';
import type {
	Assumption,
	Body,
	FundingSource,
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
import { costArrays, costInPence, fundingSplitOf, type CostArrays } from './cost';
import { deepEqual } from './deepEqual';
import { formatPounds, fromPence } from './money';
import { nameIn } from './names';
import { orgIndex } from './orgIndex';
import { spanOfControl } from './spanOfControl';

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
	/** Any other field that differs (remit, director, office, dates, provenance), by name. */
	| (PostRef & { kind: 'other-changed'; fields: string[] });

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

export type CostStepKind = 'deleted' | 'created' | 'regraded' | 'fte-changed' | 'repriced';

/**
 * A part of the change in full-year cost. The steps add up to the change exactly, to the penny:
 * each post's change (cost in b − cost in a) is split into what its own change costs at a's prices
 * (created, deleted, regraded, FTE) and what re-pricing adds (a grade's point or an on-cost
 * assumption changed), which is gathered into one 'repriced' step.
 */
export interface CostStep {
	kind: CostStepKind;
	label: string;
	postId?: string;
	/** Change in full-year cost, pounds with pence. */
	delta: number;
}

export interface SettingChange {
	key: string;
	label: string;
	/** How to show the values (an assumption's unit; span rules are counts). */
	unit: Assumption['unit'] | 'count' | 'split';
	from?: number;
	to?: number;
}

export interface BeforeAfter<T = number> {
	before: T;
	after: T;
}

export interface StructureDiff {
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
	postChanges: PostChange[];
	servicesMoved: ServiceMove[];
	meetingsAdded: Meeting[];
	meetingsRemoved: Meeting[];
	meetingsReplaced: MeetingReplacement[];
	spans: {
		ceoSpan: BeforeAfter;
		ceoSpanWithOffice: BeforeAfter;
		averageSpan: BeforeAfter;
		managers: BeforeAfter;
	};
	layers: BeforeAfter;
	livePosts: BeforeAfter;
	cost: BeforeAfter & {
		change: number;
		steps: CostStep[];
		/** Salary, employer NI and employer pension of the live posts, before and after. */
		components: BeforeAfter<CostComponents>;
		/** Full-year cost by funding source, before and after (pounds with pence). */
		byFunding: BeforeAfter<Record<FundingSource, number>>;
		/** after − before by funding source; the four add up to `change` exactly. */
		changeByFunding: Record<FundingSource, number>;
	};
}

/**
 * Records added, removed and updated between two id-keyed records. When `changedIds` is given, the
 * ids of every differing record are pushed to it too: a's order first, then the added ones.
 */
export function diffRecords<T>(
	a: Record<string, T>,
	b: Record<string, T>,
	changedIds?: string[]
): RecordsDiff<T> {
	const out: RecordsDiff<T> = { added: [], removed: [], updated: [] };
	for (const id in a) {
		const x = a[id];
		const y = b[id];
		if (y === undefined && !(id in b)) out.removed.push(x);
		else if (x === y || deepEqual(x, y)) continue;
		else out.updated.push([x, y]);
		changedIds?.push(id);
	}
	for (const id in b)
		if (!(id in a)) {
			out.added.push(b[id]);
			changedIds?.push(id);
		}
	return out;
}

/** Post fields without a change kind of their own. */
const OTHER_POST_FIELDS = [
	'remit',
	'director',
	'office',
	'start',
	'end',
	'salary',
	'provenance'
] as const;

const isLive = (p: Post | undefined): p is Post => p !== undefined && p.status !== 'deleted';

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
		if (fields.length) out.push({ kind: 'other-changed', postId, title, fields });
	}
	return out;
}

const salaryWords = (salary: number | undefined) =>
	salary === undefined ? 'the grade point' : formatPounds(salary);

function costOf(s: Structure, post: Post): number {
	return fromPence(costInPence(post, s.grades, s.assumptions).total);
}

export interface CostComponents {
	salary: number;
	employerNi: number;
	employerPension: number;
}

function costStepsOf(
	a: Structure,
	b: Structure,
	ids: string[]
): {
	before: number;
	after: number;
	change: number;
	steps: CostStep[];
	components: BeforeAfter<CostComponents>;
	byFunding: BeforeAfter<Record<FundingSource, number>>;
	changeByFunding: Record<FundingSource, number>;
} {
	// Totals and components from the memoised per-post arrays, in whole pence.
	const arraysA = costArrays(a);
	const arraysB = costArrays(b);
	const components = (c: CostArrays): CostComponents => ({
		salary: fromPence(c.sums.salary),
		employerNi: fromPence(c.sums.ni),
		employerPension: fromPence(c.sums.pension)
	});
	const before = arraysA.sums.total;
	const after = arraysB.sums.total;
	const pounds = (f: (source: FundingSource) => number) =>
		Object.fromEntries(FUNDING_SOURCES.map((k) => [k, fromPence(f(k))])) as Record<
			FundingSource,
			number
		>;
	const fundingA = arraysA.sums.byFunding;
	const fundingB = arraysB.sums.byFunding;
	const indexA = orgIndex(a);
	const indexB = orgIndex(b);

	// Each changed post's own change, priced at a's grades and assumptions.
	const own: CostStep[] = [];
	let ownPence = 0;
	for (const postId of ids) {
		const pa = a.posts[postId];
		const pb = b.posts[postId];
		const i = indexA.position.get(postId);
		const j = indexB.position.get(postId);
		const ca = i === undefined ? 0 : arraysA.total[i];
		const cb = j === undefined ? 0 : arraysB.total[j];
		if (i === undefined && j === undefined) continue;
		if (i === undefined) {
			own.push({ kind: 'created', label: `${pb.title} created`, postId, delta: fromPence(cb) });
			ownPence += cb;
			continue;
		}
		if (j === undefined) {
			own.push({ kind: 'deleted', label: `${pa.title} deleted`, postId, delta: fromPence(-ca) });
			ownPence -= ca;
			continue;
		}
		// What b's post would cost at a's prices isolates the post's own change from re-pricing.
		const atOldPrices = a.grades[pb.grade] ? costInPence(pb, a.grades, a.assumptions).total : cb;
		const ownDelta = atOldPrices - ca;
		if (ownDelta === 0) continue;
		ownPence += ownDelta;
		const regraded = pa.grade !== pb.grade;
		const gradeName = (s: Structure, id: string) => s.grades[id]?.name ?? id;
		const parts: string[] = [];
		if (regraded) parts.push(`regraded ${gradeName(a, pa.grade)} → ${gradeName(b, pb.grade)}`);
		if (pa.fte !== pb.fte) parts.push(`FTE ${pa.fte} → ${pb.fte}`);
		if (pa.salary !== pb.salary)
			parts.push(`salary ${salaryWords(pa.salary)} → ${salaryWords(pb.salary)}`);
		own.push({
			kind: regraded ? 'regraded' : 'fte-changed',
			label: `${pb.title} ${parts.join(', ')}`,
			postId,
			delta: fromPence(ownDelta)
		});
	}
	const order: CostStepKind[] = ['deleted', 'created', 'regraded', 'fte-changed'];
	const steps = order.flatMap((kind) => own.filter((s) => s.kind === kind));
	// Whatever the posts' own changes do not explain is re-pricing: a grade point or an on-cost
	// assumption changed under posts that stayed as they were (or under changed ones).
	const repricedPence = after - before - ownPence;
	if (repricedPence !== 0)
		steps.push({
			kind: 'repriced',
			label: 'Grade points and on-cost assumptions re-priced',
			delta: fromPence(repricedPence)
		});
	return {
		before: fromPence(before),
		after: fromPence(after),
		change: fromPence(after - before),
		steps,
		components: { before: components(arraysA), after: components(arraysB) },
		byFunding: { before: pounds((k) => fundingA[k]), after: pounds((k) => fundingB[k]) },
		changeByFunding: pounds((k) => fundingB[k] - fundingA[k])
	};
}

function settingsOf(a: Structure, b: Structure): SettingChange[] {
	const out: SettingChange[] = [];
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
	const rules = ['ceoMax', 'averageTarget', 'averageTolerance', 'narrowBelow'] as const;
	const ruleLabels = {
		ceoMax: 'Most direct reports for the Chief Executive',
		averageTarget: 'Average span target',
		averageTolerance: 'Average span tolerance',
		narrowBelow: 'Narrow span below'
	};
	for (const key of rules)
		if (a.spanRules[key] !== b.spanRules[key])
			out.push({
				key: `spanRules.${key}`,
				label: ruleLabels[key],
				unit: 'count',
				from: a.spanRules[key],
				to: b.spanRules[key]
			});
	if (!deepEqual(a.defaultFunding.split, b.defaultFunding.split))
		out.push({ key: 'defaultFunding', label: 'Default funding split', unit: 'split' });
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

function servicesMovedOf(a: Structure, b: Structure): ServiceMove[] {
	const out: ServiceMove[] = [];
	for (const id in b.services) {
		const sa = a.services[id];
		const sb = b.services[id];
		if (!sa || sa.unit === sb.unit) continue;
		out.push({
			serviceId: id,
			name: sb.name,
			fromUnit: sa.unit,
			fromUnitName: a.units[sa.unit]?.name ?? sa.unit,
			toUnit: sb.unit,
			toUnitName: b.units[sb.unit]?.name ?? sb.unit
		});
	}
	return out;
}

/**
 * Every difference between two structures. Records are matched by id; a post whose status becomes
 * 'deleted' counts as deleted (and one that stops being deleted as created).
 */
export function diffStructures(a: Structure, b: Structure): StructureDiff {
	const spanA = spanOfControl(a);
	const spanB = spanOfControl(b);
	const meetings = diffRecords(a.meetings, b.meetings);
	const meta = (s: Structure) => ({ id: s.id, name: s.name, date: s.date });
	const changedIds: string[] = [];
	const posts = diffRecords(a.posts, b.posts, changedIds);
	const cost = costStepsOf(a, b, changedIds);
	const units = diffRecords(a.units, b.units);
	const services = diffRecords(a.services, b.services);
	const bodies = diffRecords(a.bodies, b.bodies);
	const links = diffRecords(a.links, b.links);
	const grades = diffRecords(a.grades, b.grades);
	const postChanges = postChangesOf(a, b, changedIds);
	const servicesMoved = servicesMovedOf(a, b);
	const meetingsReplaced = meetingsReplacedOf(a, b);

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
	for (const [, m] of meetings.updated) ref(m.chair);
	for (const g of [...grades.added, ...grades.removed, ...grades.updated.flat()]) refGrade(g.id);

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
		oneOffCosts: diffRecords(a.oneOffCosts, b.oneOffCosts),
		names,
		gradeNames,
		settings: settingsOf(a, b),
		postChanges,
		servicesMoved,
		meetingsAdded: meetings.added,
		meetingsRemoved: meetings.removed,
		meetingsReplaced,
		spans: {
			ceoSpan: { before: spanA.ceo.span, after: spanB.ceo.span },
			ceoSpanWithOffice: { before: spanA.ceo.spanWithOffice, after: spanB.ceo.spanWithOffice },
			averageSpan: { before: spanA.averageSpan, after: spanB.averageSpan },
			managers: { before: spanA.managers.length, after: spanB.managers.length }
		},
		layers: { before: orgIndex(a).maxDepth, after: orgIndex(b).maxDepth },
		livePosts: { before: orgIndex(a).ids.length, after: orgIndex(b).ids.length },
		cost
	};
}
