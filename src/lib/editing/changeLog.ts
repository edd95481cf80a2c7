import type { Patch } from 'immer';
import {
	MEMBER_RULE_NAMES,
	STATUTORY_ROLE_NAMES,
	type Body,
	type Grade,
	type Link,
	type Meeting,
	type MemberRule,
	type OneOffCost,
	type Post,
	type Service,
	type StatutoryRole,
	type Structure,
	type Unit
} from '../model/types';
import {
	cadenceWord,
	dateWord,
	formatAssumption,
	formatHours,
	formatMoney,
	formatSplit
} from './format';
import { applyPatches } from './immer';
import { label, linkSentence } from './lookup';

/**
 * The change between two snapshots of a structure, in words, one sentence a change:
 * "Parking moved from Neighbourhoods to City Operations", "Director of City Management regraded
 * from JNC Director to JNC Strategic Director". Net, not step by step: a post moved away and back
 * says nothing. Records are compared by reference first (immer shares what did not change), so
 * describing two snapshots of 12,000 posts costs one pass over the keys.
 */
export function describeChange(before: Structure, after: Structure, touched?: Touched): string[] {
	const out: string[] = [];
	const ids = (c: Collection): Iterable<string> => {
		const t = touched?.get(c);
		if (touched) return t ?? [];
		const b = before[c] as Record<string, unknown>;
		const a = after[c] as Record<string, unknown>;
		if (a === b) return [];
		const keys = new Set(Object.keys(b));
		for (const k in a) keys.add(k);
		return keys;
	};
	for (const c of COLLECTIONS) {
		const b = before[c] as Record<string, unknown>;
		const a = after[c] as Record<string, unknown>;
		// Records added or removed first, then records changed.
		const changed: [unknown, unknown][] = [];
		for (const id of ids(c)) {
			const was = Object.hasOwn(b, id) ? b[id] : undefined;
			const now = Object.hasOwn(a, id) ? a[id] : undefined;
			if (was === now) continue;
			if (was && now) changed.push([was, now]);
			else DESCRIBE[c](out, before, after, was as never, now as never);
		}
		for (const [was, now] of changed) DESCRIBE[c](out, before, after, was as never, now as never);
	}
	if (!touched || touched.has('assumptions')) describeAssumptions(out, before, after);
	if (!touched || touched.has('top')) describeTop(out, before, after);
	return out;
}

/**
 * Describe a patch list made against `before` (an edit, a merged drag, everything since the last
 * save). Only the records the patches touch are compared.
 */
export function describePatches(
	before: Structure,
	patches: readonly Patch[],
	after: Structure = applyPatches(before, patches as Patch[])
): string[] {
	return describeChange(before, after, touchedBy(patches));
}

/** One line for a save's change log: the sentences joined with semicolons. */
export function changeLogLine(sentences: readonly string[]): string {
	return sentences.join('; ');
}

const COLLECTIONS = [
	'posts',
	'services',
	'units',
	'links',
	'meetings',
	'bodies',
	'grades',
	'oneOffCosts'
] as const;
type Collection = (typeof COLLECTIONS)[number];
/** Record ids touched, by collection; 'assumptions' and 'top' mark those parts as touched. */
export type Touched = Map<Collection | 'assumptions' | 'top', Set<string>>;

/** What the patches touch; undefined when one replaces a whole collection (compare everything). */
export function touchedBy(patches: readonly Patch[]): Touched | undefined {
	const t: Touched = new Map();
	const mark = (k: Collection | 'assumptions' | 'top', id: string) => {
		let set = t.get(k);
		if (!set) t.set(k, (set = new Set()));
		set.add(id);
	};
	for (const p of patches) {
		const [head, id] = p.path as (string | number)[];
		if ((COLLECTIONS as readonly unknown[]).includes(head)) {
			if (id === undefined) return undefined;
			mark(head as Collection, String(id));
		} else if (head === 'assumptions') mark('assumptions', String(id ?? '*'));
		else mark('top', String(head));
	}
	return t;
}

type Describe<T> = (
	out: string[],
	before: Structure,
	after: Structure,
	was: T | undefined,
	now: T | undefined
) => void;

const describePost: Describe<Post> = (out, b, a, was, now) => {
	if (!was && now) {
		out.push(
			`New post: ${now.title} (${gradeName(a, now.grade)}), reporting to ${label(a, now.reportsTo)} in ${label(a, now.unit)}`
		);
		return;
	}
	if (was && !now) {
		out.push(`${was.title} deleted`);
		return;
	}
	if (!was || !now) return;
	const t = now.title;
	if (was.title !== now.title) out.push(`${was.title} retitled ${now.title}`);
	if (was.reportsTo !== now.reportsTo) {
		out.push(`${t} now reports to ${label(a, now.reportsTo)} (was ${label(b, was.reportsTo)})`);
	}
	if (was.unit !== now.unit)
		out.push(`${t} moved from ${label(b, was.unit)} to ${label(a, now.unit)}`);
	if (was.grade !== now.grade) {
		out.push(`${t} regraded from ${gradeName(b, was.grade)} to ${gradeName(a, now.grade)}`);
	}
	if (was.status !== now.status) out.push(`${t} marked ${now.status} (was ${was.status})`);
	if (formatSplit(was.funding) !== formatSplit(now.funding)) {
		out.push(`${t} funded ${formatSplit(now.funding)} (was ${formatSplit(was.funding)})`);
	}
	for (const key of ['start', 'end'] as const) {
		if (was[key] !== now[key]) {
			out.push(`${t} ${key} date ${dateWord(now[key])} (was ${dateWord(was[key])})`);
		}
	}
	if (was.fte !== now.fte) out.push(`${t} FTE ${now.fte} (was ${was.fte})`);
	if (!!was.director !== !!now.director) {
		out.push(`${t} ${now.director ? 'now' : 'no longer'} counted as a director`);
	}
	if (!!was.office !== !!now.office) {
		out.push(`${t} ${now.office ? 'now' : 'no longer'} part of the Chief Executive's office`);
	}
	const role = (r: StatutoryRole) => STATUTORY_ROLE_NAMES[r] ?? r;
	for (const r of now.statutoryRoles) {
		if (!was.statutoryRoles.includes(r)) out.push(`${t} now holds ${role(r)}`);
	}
	for (const r of was.statutoryRoles) {
		if (!now.statutoryRoles.includes(r)) out.push(`${t} no longer holds ${role(r)}`);
	}
	if (was.remit !== now.remit) out.push(`${t} remit changed`);
	if (
		was.provenance !== now.provenance &&
		JSON.stringify(was.provenance) !== JSON.stringify(now.provenance)
	) {
		out.push(`${t} provenance changed`);
	}
};

function gradeName(s: Structure, id: string): string {
	return Object.hasOwn(s.grades, id) ? s.grades[id].name : id;
}

const describeService: Describe<Service> = (out, b, a, was, now) => {
	if (!was && now) out.push(`New service: ${now.name} in ${label(a, now.unit)}`);
	else if (was && !now) out.push(`Service ${was.name} removed`);
	else if (was && now) {
		if (was.name !== now.name) out.push(`Service ${was.name} renamed ${now.name}`);
		if (was.unit !== now.unit) {
			out.push(`${now.name} moved from ${label(b, was.unit)} to ${label(a, now.unit)}`);
		}
	}
};

const describeUnit: Describe<Unit> = (out, b, a, was, now) => {
	if (!was && now) out.push(`New unit: ${now.name}`);
	else if (was && !now) out.push(`Unit ${was.name} removed`);
	else if (was && now) {
		if (was.name !== now.name) out.push(`Unit ${was.name} renamed ${now.name}`);
		if (was.head !== now.head) {
			out.push(`${now.name} now headed by ${label(a, now.head)} (was ${label(b, was.head)})`);
		}
		if (was.name === now.name && was.head === now.head) out.push(`Unit ${now.name} changed`);
	}
};

const describeLink: Describe<Link> = (out, b, a, was, now) => {
	if (!was && now) out.push(`Link added: ${linkSentence(a, now)}`);
	else if (was && !now) out.push(`Link removed: ${linkSentence(b, was)}`);
	else if (was && now) out.push(`Link changed: ${linkSentence(a, now)}`);
};

function listChanges(
	out: string[],
	was: readonly string[],
	now: readonly string[],
	added: (x: string) => string,
	removed: (x: string) => string
) {
	for (const x of now) if (!was.includes(x)) out.push(added(x));
	for (const x of was) if (!now.includes(x)) out.push(removed(x));
}

const describeMeeting: Describe<Meeting> = (out, b, a, was, now) => {
	if (!was && now) {
		out.push(
			`New meeting: ${now.name}, ${cadenceWord(now.cadence)}, ${formatHours(now.lengthHours)}`
		);
		return;
	}
	if (was && !now) {
		out.push(`Meeting ${was.name} removed`);
		return;
	}
	if (!was || !now) return;
	const n = now.name;
	if (was.name !== now.name) out.push(`Meeting ${was.name} renamed ${now.name}`);
	if (was.purpose !== now.purpose) out.push(`${n} purpose changed`);
	if (was.cadence !== now.cadence) {
		out.push(`${n} now meets ${cadenceWord(now.cadence)} (was ${cadenceWord(was.cadence)})`);
	}
	if (was.lengthHours !== now.lengthHours) {
		out.push(
			`${n} now lasts ${formatHours(now.lengthHours)} (was ${formatHours(was.lengthHours)})`
		);
	}
	if (was.weekOfMonth !== now.weekOfMonth) {
		const w = (x: number | undefined) => (x === undefined ? 'no set week' : `week ${x}`);
		out.push(`${n} now in ${w(now.weekOfMonth)} of the month (was ${w(was.weekOfMonth)})`);
	}
	if (was.chair !== now.chair) {
		const c = (s: Structure, x: string | undefined) => (x === undefined ? 'no chair' : label(s, x));
		out.push(`${n} now chaired by ${c(a, now.chair)} (was ${c(b, was.chair)})`);
	}
	listChanges(
		out,
		was.members,
		now.members,
		(p) => `${label(a, p)} joins ${n}`,
		(p) => `${label(b, p)} leaves ${n}`
	);
	listChanges(
		out,
		was.curators,
		now.curators,
		(p) => `${label(a, p)} now curates ${n}`,
		(p) => `${label(b, p)} no longer curates ${n}`
	);
	const rule = (r: string) => (MEMBER_RULE_NAMES[r as MemberRule] ?? r).toLowerCase();
	listChanges(
		out,
		was.memberRules,
		now.memberRules,
		(r) => `${n} now includes ${rule(r)}`,
		(r) => `${n} no longer includes ${rule(r)}`
	);
	listChanges(
		out,
		was.feedsInto,
		now.feedsInto,
		(t) => `${n} now feeds into ${label(a, t)}`,
		(t) => `${n} no longer feeds into ${label(b, t)}`
	);
};

const describeBody: Describe<Body> = (out, _b, _a, was, now) => {
	if (!was && now) out.push(`New body: ${now.name}`);
	else if (was && !now) out.push(`Body ${was.name} removed`);
	else if (was && now) out.push(`Body ${now.name} changed`);
};

const describeGrade: Describe<Grade> = (out, _b, _a, was, now) => {
	if (!was && now) out.push(`New grade: ${now.name}, costed at ${formatMoney(now.point)}`);
	else if (was && !now) out.push(`Grade ${was.name} removed`);
	else if (was && now) {
		if (was.point !== now.point) {
			out.push(`${now.name} costed at ${formatMoney(now.point)} (was ${formatMoney(was.point)})`);
		} else out.push(`Grade ${now.name} changed`);
	}
};

const describeOneOff: Describe<OneOffCost> = (out, _b, _a, was, now) => {
	if (!was && now) out.push(`New one-off cost: ${now.label}, ${formatMoney(now.amount)}`);
	else if (was && !now) out.push(`One-off cost ${was.label} removed`);
	else if (was && now) {
		out.push(
			`One-off cost ${now.label}: ${formatMoney(now.amount)} (was ${formatMoney(was.amount)})`
		);
	}
};

const DESCRIBE: Record<Collection, Describe<never>> = {
	posts: describePost as Describe<never>,
	services: describeService as Describe<never>,
	units: describeUnit as Describe<never>,
	links: describeLink as Describe<never>,
	meetings: describeMeeting as Describe<never>,
	bodies: describeBody as Describe<never>,
	grades: describeGrade as Describe<never>,
	oneOffCosts: describeOneOff as Describe<never>
};

function describeAssumptions(out: string[], b: Structure, a: Structure) {
	if (b.assumptions === a.assumptions) return;
	for (const key in a.assumptions) {
		const was = b.assumptions[key];
		const now = a.assumptions[key];
		if (was === now) continue;
		if (!was) out.push(`New assumption: ${now.label} ${formatAssumption(now)}`);
		else if (was.value !== now.value) {
			out.push(`${now.label} set to ${formatAssumption(now)} (was ${formatAssumption(was)})`);
		}
	}
	for (const key in b.assumptions) {
		if (!a.assumptions[key]) out.push(`Assumption ${b.assumptions[key].label} removed`);
	}
}

function describeTop(out: string[], b: Structure, a: Structure) {
	if (b.name !== a.name) out.push(`Renamed ${a.name} (was ${b.name})`);
	if (b.date !== a.date) out.push(`Dated ${dateWord(a.date)} (was ${dateWord(b.date)})`);
	if (b.description !== a.description) out.push('Description changed');
	if (b.ceo !== a.ceo) out.push(`The top post is now ${label(a, a.ceo)} (was ${label(b, b.ceo)})`);
	if (formatSplit(b.defaultFunding.split) !== formatSplit(a.defaultFunding.split)) {
		out.push(
			`Default funding ${formatSplit(a.defaultFunding.split)} (was ${formatSplit(b.defaultFunding.split)})`
		);
	}
	for (const key of Object.keys(a.spanRules) as (keyof Structure['spanRules'])[]) {
		if (b.spanRules[key] !== a.spanRules[key]) {
			out.push(`Span rule ${key} set to ${a.spanRules[key]} (was ${b.spanRules[key]})`);
		}
	}
	if (b.statedCostChange?.value !== a.statedCostChange?.value) {
		const v = (x: number | undefined) => (x === undefined ? 'none' : formatMoney(x));
		out.push(
			`Stated cost change ${v(a.statedCostChange?.value)} (was ${v(b.statedCostChange?.value)})`
		);
	}
}
