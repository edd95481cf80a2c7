import { STATUTORY_ROLE_NAMES } from '../model/types';
import { dateWord, formatDecimal, formatMoney, formatMoneyChange, fundingWords } from '../words';
import type { StructureDiff } from './diff';
import type { PostChange, RecordChanges } from './recordChanges';
import {
	describeBodies,
	describeGrades,
	describeLinks,
	describeMeetings,
	describeOneOffCosts,
	describeServices,
	describeSettings,
	describeStructureFields,
	describeUnits,
	minorWords,
	type Namer,
	type Say
} from './describeRecords';

/**
 * The one describer of differences: every difference as a plain-language sentence, one sentence a
 * change, for the change log (an edit, or everything since a save), compare, the costed-options
 * report and the refresh of a built-in model, so one edit reads the same everywhere. Changes are
 * written "X is regraded from A to B", "X now reports to A (was B)", "L is now 3% (was 2.75%)".
 */
export interface DescribeOptions {
	/**
	 * Include differences that change no measure: a post's remit or source, and the notes or
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

/**
 * Sentences in a fixed order: posts, services, units, meetings, links, bodies, grades, settings,
 * one-off costs, the structure's own fields (only between versions of one structure), then, for a
 * full diffStructures, spans, layers and cost. Money is in whole en-GB pounds; pence are in the diff.
 */
export function describeDiff(
	diff: RecordChanges | StructureDiff,
	options: DescribeOptions = {}
): string[] {
	const minor = options.minor ?? true;
	const withSource = options.provenance ?? true;
	const say: Say = { name: namer(diff), minor, withSource };
	const out: string[] = [];
	for (const c of diff.postChanges) out.push(...describePostChange(c, diff, options));
	for (const describe of [
		describeServices,
		describeUnits,
		describeMeetings,
		describeLinks,
		describeBodies,
		describeGrades,
		describeSettings,
		describeOneOffCosts
	])
		out.push(...describe(diff, say));
	// A name, date or top post that differs is news only between versions of one structure.
	if (diff.from.id === diff.to.id) out.push(...describeStructureFields(diff, say));
	if ('cost' in diff) out.push(...describeMeasures(diff));
	return out;
}

function namer(diff: RecordChanges): Namer {
	return (id) => (id === undefined ? 'nobody' : (diff.names[id] ?? id));
}

const ROLE = (r: string) => STATUTORY_ROLE_NAMES[r as keyof typeof STATUTORY_ROLE_NAMES] ?? r;

const FIELD_WORDS: Record<string, string> = { remit: 'remit', provenance: 'source' };

/** The sentences for one change to one post (several for a change of roles or flags and dates). */
export function describePostChange(
	c: PostChange,
	diff: Pick<RecordChanges, 'names' | 'gradeNames'>,
	options: DescribeOptions = {}
): string[] {
	const name = namer(diff as RecordChanges);
	const grade = (id: string) => diff.gradeNames[id] ?? id;
	const t = c.title;
	const costChange = (x: { costBefore: number; costAfter: number }) =>
		`${formatMoneyChange(x.costAfter - x.costBefore)} a year`;
	switch (c.kind) {
		case 'created': {
			const where =
				c.post.reportsTo === undefined ? '' : `, reporting to ${name(c.post.reportsTo)}`;
			return [
				`${t} is created (${grade(c.post.grade)}, ${formatMoney(c.cost)} a year)${where} in ${name(c.post.unit)}`
			];
		}
		case 'deleted':
			return [`${t} is deleted (${grade(c.post.grade)}, saving ${formatMoney(c.cost)} a year)`];
		case 'retitled':
			return [`${c.from} is retitled ${c.to}`];
		case 'regraded':
			return [`${t} is regraded from ${grade(c.from)} to ${grade(c.to)} (${costChange(c)})`];
		case 'fte-changed':
			return [
				`${t} is now ${formatDecimal(c.to)} FTE (was ${formatDecimal(c.from)} FTE; ${costChange(c)})`
			];
		case 'reportsTo-changed':
			if (c.to === undefined) return [`${t} no longer has a line manager (was ${name(c.from)})`];
			return [`${t} now reports to ${name(c.to)}${was(c.from && name(c.from))}`];
		case 'unit-changed':
			return [`${t} moves from ${name(c.from)} to ${name(c.to)}`];
		case 'funding-changed':
			return [`${t} is now funded ${fundingWords(c.to)} (was ${fundingWords(c.from)})`];
		case 'status-changed':
			return [`${t} is now marked ${c.to} (was ${c.from})`];
		case 'roles-changed':
			return [
				...c.to
					.filter((r) => !c.from.includes(r))
					.map((r) => `${t} now holds the statutory role of ${ROLE(r)}`),
				...c.from
					.filter((r) => !c.to.includes(r))
					.map((r) => `${t} no longer holds the statutory role of ${ROLE(r)}`)
			];
		case 'other-changed':
			return otherPostChange(c, options);
	}
}

function otherPostChange(
	c: Extract<PostChange, { kind: 'other-changed' }>,
	options: DescribeOptions
): string[] {
	if (!(options.minor ?? true)) return [];
	const withSource = options.provenance ?? true;
	const t = c.title;
	const out: string[] = [];
	const flag = (f: 'director' | 'office', words: string) => {
		if (c.fields.includes(f)) out.push(`${t} is ${c.to[f] ? 'now' : 'no longer'} ${words}`);
	};
	flag('director', 'counted as a director');
	flag('office', 'part of the Chief Executive’s office');
	for (const [f, verb] of [
		['start', 'starts'],
		['end', 'ends']
	] as const) {
		if (!c.fields.includes(f)) continue;
		const to = c.to[f];
		out.push(
			to === undefined
				? `${t} no longer has ${f === 'start' ? 'a start' : 'an end'} date (was ${dateWord(c.from[f])})`
				: `${t} now ${verb} on ${dateWord(to)}${was(c.from[f] && dateWord(c.from[f]))}`
		);
	}
	const what = minorWords(
		(['remit', 'provenance'] as const).map((f) => [
			c.fields.includes(f) && (withSource || f !== 'provenance'),
			FIELD_WORDS[f]
		])
	);
	if (what) out.push(`${t}: its ${what}`);
	return out;
}

/** " (was X)", or nothing when there was nothing before. */
function was(before: string | undefined): string {
	return before ? ` (was ${before})` : '';
}

function describeMeasures(diff: StructureDiff): string[] {
	const out: string[] = [];
	const { ceoSpan, ceoSpanWithOffice, averageSpan } = diff.spans;
	if (ceoSpan.before !== ceoSpan.after || ceoSpanWithOffice.before !== ceoSpanWithOffice.after)
		out.push(
			`The Chief Executive’s direct reports go from ${ceoSpan.before} (${ceoSpanWithOffice.before} with the office) to ${ceoSpan.after} (${ceoSpanWithOffice.after} with the office)`
		);
	const span = (n: number) => formatDecimal(n, 1);
	if (span(averageSpan.before) !== span(averageSpan.after))
		out.push(
			`The average span of managers goes from 1:${span(averageSpan.before)} to 1:${span(averageSpan.after)}`
		);
	if (diff.layers.before !== diff.layers.after)
		out.push(`Layers go from ${diff.layers.before} to ${diff.layers.after}`);
	if (diff.cost.change !== 0)
		out.push(
			`The full-year cost goes from ${formatMoney(diff.cost.before)} to ${formatMoney(diff.cost.after)} (${formatMoneyChange(diff.cost.change)} a year)`
		);
	return out;
}
