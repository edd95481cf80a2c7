import { FUNDING_SOURCES, FUNDING_SOURCE_NAMES, STATUTORY_ROLE_NAMES } from '../model/types';
import type { Cadence, FundingSplit, Link, LinkType, Meeting, StatutoryRole } from '../model/types';
import type { PostChange, SettingChange, StructureDiff } from './diff';
import { formatPounds, formatPoundsChange } from './money';
import { deepEqual } from './deepEqual';
import { listInWords } from './names';

/** Link types as verbs, so a link reads as a sentence: "A sets purpose and measures for B". */
const LINK_VERBS: Record<LinkType, string> = {
	'dotted-line': 'has a dotted line to',
	'sets-purpose-for': 'sets purpose and measures for',
	commissions: 'commissions',
	'holds-to-account': 'holds to account',
	assures: 'assures',
	supports: 'supports',
	'member-interface': 'is the member interface for',
	'partnership-lead': 'is the partnership lead for'
};
const LINK_VERBS_NEGATED: Record<LinkType, string> = {
	'dotted-line': 'no longer has a dotted line to',
	'sets-purpose-for': 'no longer sets purpose and measures for',
	commissions: 'no longer commissions',
	'holds-to-account': 'no longer holds to account',
	assures: 'no longer assures',
	supports: 'no longer supports',
	'member-interface': 'is no longer the member interface for',
	'partnership-lead': 'is no longer the partnership lead for'
};

const CADENCE_WORDS: Record<Cadence, string> = {
	weekly: 'weekly',
	fortnightly: 'fortnightly',
	monthly: 'monthly',
	quarterly: 'quarterly',
	annual: 'once a year'
};

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 });

function hours(n: number): string {
	return `${number.format(n)} hour${n === 1 ? '' : 's'}`;
}

function fundingWords(split: FundingSplit): string {
	const parts = FUNDING_SOURCES.filter((f) => (split[f] ?? 0) > 0).map(
		(f) => `${number.format(split[f]!)}% ${FUNDING_SOURCE_NAMES[f]}`
	);
	return parts.length ? parts.join(', ') : 'no funding source';
}

function rolesWords(roles: StatutoryRole[]): string {
	return roles.length ? listInWords(roles.map((r) => STATUTORY_ROLE_NAMES[r])) : 'none';
}

function settingValue(c: SettingChange, v: number | undefined): string {
	if (v === undefined) return 'not set';
	if (c.unit === 'rate') return percent.format(v);
	if (c.unit === 'pounds') return formatPounds(v);
	if (c.unit === 'hours') return hours(v);
	return String(v);
}

const FIELD_WORDS: Record<string, string> = {
	remit: 'remit',
	director: 'director flag',
	office: 'CEO’s office flag',
	start: 'start date',
	end: 'end date',
	provenance: 'source'
};

/**
 * Every difference between two structures as a plain-language sentence, in a fixed order: posts,
 * services, units, meetings, links, bodies, grades, assumptions, one-off costs, then spans, layers
 * and cost. Money is in whole en-GB pounds; the exact pence are in the diff.
 */
export interface DescribeOptions {
	/**
	 * Include differences that change no measure: a post's remit, flags or source, and the notes or
	 * sources of links, bodies, units and meetings. Default true (every difference).
	 */
	minor?: boolean;
	/**
	 * Include a record whose source (provenance) is all that changes, and name the source among a
	 * record's other changes. Default true; compareStructures asks for false, because on the
	 * built-in models source-only lines would drown the real differences.
	 */
	provenance?: boolean;
}

export function describeDiff(diff: StructureDiff, options: DescribeOptions = {}): string[] {
	const minor = options.minor ?? true;
	const withSource = options.provenance ?? true;
	const out: string[] = [];
	const name = (id: string | undefined) => (id === undefined ? 'nobody' : (diff.names[id] ?? id));
	const grade = (id: string) => diff.gradeNames[id] ?? id;

	for (const c of diff.postChanges) {
		if (c.kind !== 'other-changed') out.push(describePostChange(c, name, grade));
		else if (minor) {
			const fields = withSource ? c.fields : c.fields.filter((f) => f !== 'provenance');
			if (fields.length) out.push(describePostChange({ ...c, fields }, name, grade));
		}
	}

	for (const m of diff.servicesMoved)
		out.push(`${m.name} moves from ${m.fromUnitName} to ${m.toUnitName}`);
	for (const s of diff.services.added) out.push(`Service ${s.name} is added to ${name(s.unit)}`);
	for (const s of diff.services.removed)
		out.push(`Service ${s.name} is removed (it was in ${name(s.unit)})`);
	for (const [from, to] of diff.services.updated)
		if (from.name !== to.name) out.push(`Service ${from.name} is renamed ${to.name}`);

	for (const u of diff.units.added) out.push(`${u.name} is created`);
	for (const u of diff.units.removed) out.push(`${u.name} is removed`);
	for (const [from, to] of diff.units.updated) {
		const said: string[] = [];
		if (from.name !== to.name) said.push(`${from.name} is renamed ${to.name}`);
		if (from.head !== to.head)
			said.push(
				to.head
					? `${to.name} is now headed by ${name(to.head)}`
					: `${to.name} no longer has a head post`
			);
		if (from.group !== to.group)
			said.push(`${to.name} moves from the ${from.group} group to the ${to.group} group`);
		if (!!from.deliveryFunction !== !!to.deliveryFunction)
			said.push(
				`${to.name} ${to.deliveryFunction ? 'becomes' : 'is no longer'} a delivery function`
			);
		if (from.parent !== to.parent)
			said.push(
				to.parent
					? `${to.name} now sits within ${name(to.parent)}`
					: `${to.name} no longer sits within ${name(from.parent)}`
			);
		if (!!from.external !== !!to.external)
			said.push(`${to.name} ${to.external ? 'becomes' : 'is no longer'} an external body`);
		if (said.length) out.push(...said);
		else if (minor) {
			const what = minorWords([
				[from.remit !== to.remit, 'remit'],
				[withSource && !deepEqual(from.provenance, to.provenance), 'source']
			]);
			if (what) out.push(`${to.name}: its ${what}`);
		}
	}

	const replacing = new Set(diff.meetingsReplaced.flatMap((r) => r.by.map((b) => b.id)));
	const replacedIds = new Set(diff.meetingsReplaced.map((r) => r.replaced));
	for (const r of diff.meetingsReplaced)
		out.push(`${r.replacedName} is replaced by ${listInWords(r.by.map((b) => b.name))}`);
	for (const m of diff.meetingsAdded)
		if (!replacing.has(m.id))
			out.push(`${m.name} is added (${CADENCE_WORDS[m.cadence]}, ${hours(m.lengthHours)})`);
	for (const m of diff.meetingsRemoved) if (!replacedIds.has(m.id)) out.push(`${m.name} ends`);
	for (const [from, to] of diff.meetings.updated)
		out.push(...describeMeetingChange(from, to, name, minor, withSource));

	const linkSentence = (l: Link, verbs: Record<LinkType, string>) =>
		`${name(l.from)} ${verbs[l.type]} ${name(l.to)}`;
	for (const l of diff.links.added) out.push(linkSentence(l, LINK_VERBS));
	for (const l of diff.links.removed) out.push(linkSentence(l, LINK_VERBS_NEGATED));
	for (const [from, to] of diff.links.updated)
		if (from.type !== to.type || from.from !== to.from || from.to !== to.to)
			out.push(
				`${linkSentence(from, LINK_VERBS_NEGATED)}; instead ${linkSentence(to, LINK_VERBS)}`
			);
		else if (minor) {
			const what = minorWords([
				[from.note !== to.note, 'note'],
				[withSource && !deepEqual(from.provenance, to.provenance), 'source']
			]);
			if (what) out.push(`The link where ${linkSentence(to, LINK_VERBS)}: its ${what}`);
		}

	for (const b of diff.bodies.added) out.push(`${b.name} is added`);
	for (const b of diff.bodies.removed) out.push(`${b.name} is removed`);
	for (const [from, to] of diff.bodies.updated)
		if (from.name !== to.name) out.push(`${from.name} is renamed ${to.name}`);
		else if (from.kind !== to.kind) out.push(`${to.name} becomes a ${to.kind} body`);
		else if (minor && withSource) out.push(`${to.name}: its source changes`);

	for (const g of diff.grades.added)
		out.push(`Grade ${g.name} is added (costed at ${formatPounds(g.point)})`);
	for (const g of diff.grades.removed) out.push(`Grade ${g.name} is removed`);
	for (const [from, to] of diff.grades.updated)
		if (from.point !== to.point)
			out.push(
				`Grade ${to.name} is costed at ${formatPounds(to.point)} instead of ${formatPounds(from.point)}`
			);
		else if (minor) {
			const what = minorWords([
				[from.name !== to.name, 'name'],
				[from.min !== to.min || from.max !== to.max, 'salary range'],
				[withSource && !deepEqual(from.provenance, to.provenance), 'source']
			]);
			if (what) out.push(`Grade ${to.name}: its ${what}`);
		}

	for (const c of diff.settings)
		out.push(
			c.unit === 'split'
				? `${c.label} changes`
				: `${c.label} (assumption) changes from ${settingValue(c, c.from)} to ${settingValue(c, c.to)}`
		);

	for (const o of diff.oneOffCosts.added)
		out.push(`One-off cost ${o.label}: ${formatPounds(o.amount)} in ${o.financialYear}`);
	for (const o of diff.oneOffCosts.removed) out.push(`One-off cost ${o.label} is removed`);
	for (const [from, o] of diff.oneOffCosts.updated)
		if (from.amount !== o.amount || from.financialYear !== o.financialYear)
			out.push(`One-off cost ${o.label} is now ${formatPounds(o.amount)} in ${o.financialYear}`);
		else if (minor) {
			const what = minorWords([
				[from.label !== o.label || from.kind !== o.kind, 'label'],
				[withSource && !deepEqual(from.provenance, o.provenance), 'source']
			]);
			if (what) out.push(`One-off cost ${o.label}: its ${what}`);
		}

	const { ceoSpan, ceoSpanWithOffice, averageSpan } = diff.spans;
	if (ceoSpan.before !== ceoSpan.after || ceoSpanWithOffice.before !== ceoSpanWithOffice.after)
		out.push(
			`The Chief Executive’s direct reports go from ${ceoSpan.before} (${ceoSpanWithOffice.before} with the office) to ${ceoSpan.after} (${ceoSpanWithOffice.after} with the office)`
		);
	if (oneDecimal.format(averageSpan.before) !== oneDecimal.format(averageSpan.after))
		out.push(
			`The average span of managers goes from 1:${oneDecimal.format(averageSpan.before)} to 1:${oneDecimal.format(averageSpan.after)}`
		);
	if (diff.layers.before !== diff.layers.after)
		out.push(`Layers go from ${diff.layers.before} to ${diff.layers.after}`);
	if (diff.cost.change !== 0)
		out.push(
			`The full-year cost goes from ${formatPounds(diff.cost.before)} to ${formatPounds(diff.cost.after)} (${formatPoundsChange(diff.cost.change)} a year)`
		);
	return out;
}

function describePostChange(
	c: PostChange,
	name: (id: string | undefined) => string,
	grade: (id: string) => string
): string {
	switch (c.kind) {
		case 'created':
			return `${c.title} is created (${grade(c.post.grade)}, ${formatPounds(c.cost)} a year)`;
		case 'deleted':
			return `${c.title} is deleted (${grade(c.post.grade)}, saving ${formatPounds(c.cost)} a year)`;
		case 'retitled':
			return `${c.from} is retitled ${c.to}`;
		case 'regraded':
			return `${c.title} is regraded from ${grade(c.from)} to ${grade(c.to)} (${formatPoundsChange(c.costAfter - c.costBefore)} a year)`;
		case 'fte-changed':
			return `${c.title} changes from ${number.format(c.from)} FTE to ${number.format(c.to)} FTE (${formatPoundsChange(c.costAfter - c.costBefore)} a year)`;
		case 'reportsTo-changed':
			if (c.to === undefined)
				return `${c.title} no longer has a line manager (was ${name(c.from)})`;
			return c.from === undefined
				? `${c.title} now reports to ${name(c.to)}`
				: `${c.title} now reports to ${name(c.to)} (was ${name(c.from)})`;
		case 'unit-changed':
			return `${c.title} moves from ${name(c.from)} to ${name(c.to)}`;
		case 'funding-changed':
			return `${c.title} is funded ${fundingWords(c.to)} (was ${fundingWords(c.from)})`;
		case 'status-changed':
			return `${c.title} changes from ${c.from} to ${c.to}`;
		case 'roles-changed':
			return `The statutory roles of ${c.title} change from ${rolesWords(c.from)} to ${rolesWords(c.to)}`;
		case 'other-changed':
			return `${c.title}: its ${listInWords(c.fields.map((f) => FIELD_WORDS[f] ?? f))} change${c.fields.length === 1 ? 's' : ''}`;
	}
}

function describeMeetingChange(
	from: Meeting,
	to: Meeting,
	name: (id: string | undefined) => string,
	minor: boolean,
	withSource: boolean
): string[] {
	const said: string[] = [];
	if (from.name !== to.name) said.push(`${from.name} is renamed ${to.name}`);
	if (from.cadence !== to.cadence)
		said.push(
			`${to.name} meets ${CADENCE_WORDS[to.cadence]} instead of ${CADENCE_WORDS[from.cadence]}`
		);
	if (from.lengthHours !== to.lengthHours)
		said.push(`${to.name} lasts ${hours(to.lengthHours)} instead of ${hours(from.lengthHours)}`);
	if (from.chair !== to.chair)
		said.push(
			to.chair
				? `${to.name} is now chaired by ${name(to.chair)}`
				: `${to.name} no longer has a chair`
		);
	const sameList = (x: string[], y: string[]) =>
		x.length === y.length && x.every((v, i) => v === y[i]);
	if (
		!sameList(from.members, to.members) ||
		!sameList(from.curators, to.curators) ||
		!sameList(from.memberRules, to.memberRules)
	)
		said.push(`${to.name}’s membership changes`);
	if (said.length || !minor) return said;
	const what = minorWords([
		[from.purpose !== to.purpose, 'purpose'],
		[!sameList(from.feedsInto, to.feedsInto), 'feeds-into list'],
		[!sameList(from.replaces ?? [], to.replaces ?? []), 'list of meetings it replaces'],
		[from.weekOfMonth !== to.weekOfMonth, 'week of the month'],
		[
			withSource &&
				(!deepEqual(from.provenance, to.provenance) ||
					!deepEqual(from.cadenceProvenance, to.cadenceProvenance)),
			'source'
		]
	]);
	return what ? [`${to.name}: its ${what}`] : [];
}

/** "remit changes", "note and source change": the minor fields that differ, or '' for none. */
function minorWords(fields: [boolean, string][]): string {
	const names = fields.filter(([differs]) => differs).map(([, n]) => n);
	if (names.length === 0) return '';
	return `${listInWords(names)} change${names.length === 1 ? 's' : ''}`;
}
