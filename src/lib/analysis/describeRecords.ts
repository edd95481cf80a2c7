import { MEMBER_RULE_NAMES, type MemberRule, type Meeting } from '../model/types';
import {
	cadenceWord,
	dateWord,
	formatAssumptionValue,
	formatHours,
	formatMoney,
	formatMoneyChange,
	fundingWords,
	linkSentence,
	listInWords
} from '../words';
import { deepEqual } from './deepEqual';
import type { RecordChanges, SettingChange } from './recordChanges';

/** The sentences describeDiff writes for every record but posts, and for the settings. */

/** A record's name from the diff; "nobody" for no id. */
export type Namer = (id: string | undefined) => string;

/** How to describe: names from the diff, and which minor changes to include (DescribeOptions). */
export interface Say {
	name: Namer;
	minor: boolean;
	withSource: boolean;
}

/** "remit changes", "note and source change": the minor fields that differ, or '' for none. */
export function minorWords(fields: [boolean, string][]): string {
	const names = fields.filter(([differs]) => differs).map(([, n]) => n);
	if (names.length === 0) return '';
	return `${listInWords(names)} change${names.length === 1 ? 's' : ''}`;
}

const sourceDiffers = (withSource: boolean, x: { provenance?: unknown }, y: typeof x) =>
	withSource && !deepEqual(x.provenance, y.provenance);

export function describeServices(diff: RecordChanges, { name }: Say): string[] {
	const out: string[] = [];
	for (const m of diff.servicesMoved)
		out.push(`${m.name} moves from ${m.fromUnitName} to ${m.toUnitName}`);
	for (const s of diff.services.added) out.push(`Service ${s.name} is added to ${name(s.unit)}`);
	for (const s of diff.services.removed)
		out.push(`Service ${s.name} is removed (it was in ${name(s.unit)})`);
	for (const [from, to] of diff.services.updated)
		if (from.name !== to.name) out.push(`Service ${from.name} is renamed ${to.name}`);
	return out;
}

export function describeUnits(diff: RecordChanges, { name, minor, withSource }: Say): string[] {
	const out: string[] = [];
	for (const u of diff.units.added) out.push(`${u.name} is created`);
	for (const u of diff.units.removed) out.push(`${u.name} is removed`);
	for (const [from, to] of diff.units.updated) {
		if (from.name !== to.name) out.push(`${from.name} is renamed ${to.name}`);
		if (from.head !== to.head)
			out.push(
				to.head
					? `${to.name} is now headed by ${name(to.head)}${from.head ? ` (was ${name(from.head)})` : ''}`
					: `${to.name} no longer has a head post (was ${name(from.head)})`
			);
		if (from.group !== to.group)
			out.push(`${to.name} moves from the ${from.group} group to the ${to.group} group`);
		if (!!from.deliveryFunction !== !!to.deliveryFunction)
			out.push(
				`${to.name} ${to.deliveryFunction ? 'becomes' : 'is no longer'} a delivery function`
			);
		if (from.parent !== to.parent)
			out.push(
				to.parent
					? `${to.name} now sits within ${name(to.parent)}`
					: `${to.name} no longer sits within ${name(from.parent)}`
			);
		if (!!from.external !== !!to.external)
			out.push(`${to.name} ${to.external ? 'becomes' : 'is no longer'} an external body`);
		const what = minorWords([
			[from.remit !== to.remit, 'remit'],
			[sourceDiffers(withSource, from, to), 'source']
		]);
		if (minor && what) out.push(`${to.name}: its ${what}`);
	}
	return out;
}

export function describeMeetings(diff: RecordChanges, say: Say): string[] {
	const out: string[] = [];
	const replacing = new Set(diff.meetingsReplaced.flatMap((r) => r.by.map((b) => b.id)));
	const replacedIds = new Set(diff.meetingsReplaced.map((r) => r.replaced));
	for (const r of diff.meetingsReplaced)
		out.push(`${r.replacedName} is replaced by ${listInWords(r.by.map((b) => b.name))}`);
	for (const m of diff.meetingsAdded)
		if (!replacing.has(m.id))
			out.push(`${m.name} is added (${cadenceWord(m.cadence)}, ${formatHours(m.lengthHours)})`);
	for (const m of diff.meetingsRemoved) if (!replacedIds.has(m.id)) out.push(`${m.name} ends`);
	for (const [from, to] of diff.meetings.updated) out.push(...meetingChange(from, to, say));
	return out;
}

/** Items in `now` and not in `was`, then the reverse, each as a sentence. */
function listChanges(
	was: readonly string[],
	now: readonly string[],
	added: (x: string) => string,
	removed: (x: string) => string
): string[] {
	return [
		...now.filter((x) => !was.includes(x)).map(added),
		...was.filter((x) => !now.includes(x)).map(removed)
	];
}

function meetingChange(from: Meeting, to: Meeting, { name, minor, withSource }: Say): string[] {
	const n = to.name;
	const said: string[] = [];
	if (from.name !== to.name) said.push(`${from.name} is renamed ${to.name}`);
	if (from.cadence !== to.cadence)
		said.push(`${n} now meets ${cadenceWord(to.cadence)} (was ${cadenceWord(from.cadence)})`);
	if (from.lengthHours !== to.lengthHours)
		said.push(
			`${n} now lasts ${formatHours(to.lengthHours)} (was ${formatHours(from.lengthHours)})`
		);
	if (from.weekOfMonth !== to.weekOfMonth)
		said.push(
			to.weekOfMonth === undefined
				? `${n} no longer meets in a set week of the month (was week ${from.weekOfMonth})`
				: `${n} now meets in week ${to.weekOfMonth} of the month${from.weekOfMonth === undefined ? '' : ` (was week ${from.weekOfMonth})`}`
		);
	if (from.chair !== to.chair)
		said.push(
			to.chair
				? `${n} is now chaired by ${name(to.chair)}${from.chair ? ` (was ${name(from.chair)})` : ''}`
				: `${n} no longer has a chair (was ${name(from.chair)})`
		);
	said.push(
		...listChanges(
			from.members,
			to.members,
			(p) => `${name(p)} joins ${n}`,
			(p) => `${name(p)} leaves ${n}`
		),
		...listChanges(
			from.curators,
			to.curators,
			(p) => `${name(p)} now curates ${n}`,
			(p) => `${name(p)} no longer curates ${n}`
		)
	);
	const rule = (r: string) => (MEMBER_RULE_NAMES[r as MemberRule] ?? r).toLowerCase();
	said.push(
		...listChanges(
			from.memberRules,
			to.memberRules,
			(r) => `${n} now includes ${rule(r)}`,
			(r) => `${n} no longer includes ${rule(r)}`
		)
	);
	if (!minor) return said;
	said.push(
		...listChanges(
			from.feedsInto,
			to.feedsInto,
			(x) => `${n} now feeds into ${name(x)}`,
			(x) => `${n} no longer feeds into ${name(x)}`
		)
	);
	const what = minorWords([
		[from.purpose !== to.purpose, 'purpose'],
		[!deepEqual(from.replaces ?? [], to.replaces ?? []), 'list of meetings it replaces'],
		[
			withSource &&
				(!deepEqual(from.provenance, to.provenance) ||
					!deepEqual(from.cadenceProvenance, to.cadenceProvenance)),
			'source'
		]
	]);
	if (what) said.push(`${n}: its ${what}`);
	return said;
}

export function describeLinks(diff: RecordChanges, { name, minor, withSource }: Say): string[] {
	const out: string[] = [];
	for (const l of diff.links.added) out.push(linkSentence(name, l));
	for (const l of diff.links.removed) out.push(linkSentence(name, l, true));
	for (const [from, to] of diff.links.updated)
		if (from.type !== to.type || from.from !== to.from || from.to !== to.to)
			out.push(`${linkSentence(name, from, true)}; instead ${linkSentence(name, to)}`);
		else if (minor) {
			const what = minorWords([
				[from.note !== to.note, 'note'],
				[sourceDiffers(withSource, from, to), 'source']
			]);
			if (what) out.push(`The link where ${linkSentence(name, to)}: its ${what}`);
		}
	return out;
}

export function describeBodies(diff: RecordChanges, { minor, withSource }: Say): string[] {
	const out: string[] = [];
	for (const b of diff.bodies.added) out.push(`${b.name} is added`);
	for (const b of diff.bodies.removed) out.push(`${b.name} is removed`);
	for (const [from, to] of diff.bodies.updated)
		if (from.name !== to.name) out.push(`${from.name} is renamed ${to.name}`);
		else if (from.kind !== to.kind) out.push(`${to.name} becomes a ${to.kind} body`);
		else if (minor && withSource) out.push(`${to.name}: its source changes`);
	return out;
}

export function describeGrades(diff: RecordChanges, { minor, withSource }: Say): string[] {
	const out: string[] = [];
	for (const g of diff.grades.added)
		out.push(`Grade ${g.name} is added (costed at ${formatMoney(g.point)})`);
	for (const g of diff.grades.removed) out.push(`Grade ${g.name} is removed`);
	for (const [from, to] of diff.grades.updated)
		if (from.point !== to.point)
			out.push(
				`Grade ${to.name} is now costed at ${formatMoney(to.point)} (was ${formatMoney(from.point)})`
			);
		else if (minor) {
			const what = minorWords([
				[from.name !== to.name, 'name'],
				[from.min !== to.min || from.max !== to.max, 'salary range'],
				[sourceDiffers(withSource, from, to), 'source']
			]);
			if (what) out.push(`Grade ${to.name}: its ${what}`);
		}
	return out;
}

function settingValue(c: SettingChange, v: number): string {
	return c.unit === 'count' || c.unit === 'split'
		? String(v)
		: formatAssumptionValue({ unit: c.unit, value: v });
}

export function describeSettings(diff: RecordChanges): string[] {
	return diff.settings.map((c) => {
		if (c.unit === 'split')
			return `${c.label} is now ${fundingWords(c.toSplit ?? {})} (was ${fundingWords(c.fromSplit ?? {})})`;
		if (c.from === undefined) return `Assumption ${c.label} is added (${settingValue(c, c.to!)})`;
		if (c.to === undefined)
			return `Assumption ${c.label} is removed (was ${settingValue(c, c.from)})`;
		return `${c.label} is now ${settingValue(c, c.to)} (was ${settingValue(c, c.from)})`;
	});
}

export function describeOneOffCosts(diff: RecordChanges, { minor, withSource }: Say): string[] {
	const out: string[] = [];
	const amount = (o: { amount: number; financialYear: string }) =>
		`${formatMoney(o.amount)} in ${o.financialYear}`;
	for (const o of diff.oneOffCosts.added)
		out.push(`One-off cost ${o.label} is added (${amount(o)})`);
	for (const o of diff.oneOffCosts.removed) out.push(`One-off cost ${o.label} is removed`);
	for (const [from, o] of diff.oneOffCosts.updated)
		if (from.amount !== o.amount || from.financialYear !== o.financialYear)
			out.push(`One-off cost ${o.label} is now ${amount(o)} (was ${amount(from)})`);
		else if (minor) {
			const what = minorWords([
				[from.label !== o.label || from.kind !== o.kind, 'label'],
				[sourceDiffers(withSource, from, o), 'source']
			]);
			if (what) out.push(`One-off cost ${o.label}: its ${what}`);
		}
	return out;
}

/** The structure's own fields: said only between versions of one structure (describeDiff). */
export function describeStructureFields(diff: RecordChanges, { name }: Say): string[] {
	return diff.structure.map((f) => {
		switch (f.field) {
			case 'name':
				return `The structure is now called ${f.to} (was ${f.from})`;
			case 'date':
				return `The structure is now dated ${dateWord(f.to as string)} (was ${dateWord(f.from as string)})`;
			case 'description':
				return 'The structure’s description changes';
			case 'ceo':
				return `The top post is now ${name(f.to as string)} (was ${name(f.from as string)})`;
			case 'statedCostChange': {
				const v = (x: unknown) =>
					x === undefined ? 'none' : `${formatMoneyChange(x as number)} a year`;
				return `The stated cost change is now ${v(f.to)} (was ${v(f.from)})`;
			}
		}
	});
}
