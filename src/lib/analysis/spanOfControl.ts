import type { Structure } from '../model/types';
import { memoisePerStructure } from './memo';
import { carriedFrom, orgIndex, reportCount, type OrgIndex } from './orgIndex';

export type SpanFlag = 'ceo-too-wide' | 'narrow';

export interface ManagerSpan {
	postId: string;
	title: string;
	/** Live direct reports, office posts included. */
	span: number;
	/** Direct reports that are not the CEO's office. */
	spanWithoutOffice: number;
	flags: SpanFlag[];
}

export interface SpanReport {
	ceo: {
		postId: string;
		/** Direct reports of the CEO, not counting posts marked as the office. */
		span: number;
		/** All direct reports of the CEO. */
		spanWithOffice: number;
	};
	/** Every live post with at least one live direct report, in structure order. */
	managers: ManagerSpan[];
	/** Mean direct reports per manager (posts with ≥ 1 report), office counted; 0 with no managers. */
	averageSpan: number;
	/** How many managers have each span, by span ascending. */
	distribution: { span: number; managers: number }[];
}

/**
 * Span of control from line management (Post.reportsTo) only; dotted lines do not count.
 * The CEO's span is given with and without the office (003, Appendix A section 3 counts ten
 * direct reports, "eleven counting the CEO's office"). The CEO is flagged 'ceo-too-wide' on the
 * span without the office, and any manager 'narrow' on its full span.
 */
export const spanOfControl: (s: Structure) => SpanReport = memoisePerStructure(computeSpans);

/** What a report was worked out from, for the next snapshot to start from. */
interface Made {
	report: SpanReport;
	/** Position of each entry of report.managers. */
	positions: Int32Array;
	total: number;
	counts: Map<number, number>;
	ceoId: string;
	ceoMax: number;
	narrowBelow: number;
}

const made = new WeakMap<OrgIndex, Made>();

function computeSpans(s: Structure): SpanReport {
	const index = orgIndex(s);
	const out = carriedSpans(s, index) ?? allSpans(s, index);
	made.set(index, out);
	return out.report;
}

/** One manager's entry, or undefined for a post without live reports. */
function managerSpan(s: Structure, index: OrgIndex, i: number): ManagerSpan | undefined {
	const span = reportCount(index, i);
	if (span === 0) return undefined;
	let office = 0;
	for (let k = index.childStart[i]; k < index.childStart[i + 1]; k++)
		if (index.posts[index.childList[k]].office) office++;
	const flags: SpanFlag[] = [];
	if (i === index.ceo && span - office > s.spanRules.ceoMax) flags.push('ceo-too-wide');
	if (span < s.spanRules.narrowBelow) flags.push('narrow');
	return {
		postId: index.ids[i],
		title: index.posts[i].title,
		span,
		spanWithoutOffice: span - office,
		flags
	};
}

function report(
	s: Structure,
	index: OrgIndex,
	managers: ManagerSpan[],
	positions: Int32Array,
	total: number,
	counts: Map<number, number>
): Made {
	const ceoAt = index.ceo < 0 ? -1 : managers.findIndex((_, k) => positions[k] === index.ceo);
	const ceo = ceoAt < 0 ? undefined : managers[ceoAt];
	const distribution = [...counts]
		.filter(([, n]) => n > 0)
		.map(([span, n]) => ({ span, managers: n }))
		.sort((a, b) => a.span - b.span);
	return {
		report: {
			ceo: {
				postId: s.ceo,
				span: ceo?.spanWithoutOffice ?? 0,
				spanWithOffice: ceo?.span ?? 0
			},
			managers,
			averageSpan: managers.length ? total / managers.length : 0,
			distribution
		},
		positions,
		total,
		counts,
		ceoId: s.ceo,
		ceoMax: s.spanRules.ceoMax,
		narrowBelow: s.spanRules.narrowBelow
	};
}

function allSpans(s: Structure, index: OrgIndex): Made {
	const managers: ManagerSpan[] = [];
	const positions: number[] = [];
	const counts = new Map<number, number>();
	let total = 0;
	for (let i = 0; i < index.ids.length; i++) {
		const m = managerSpan(s, index, i);
		if (!m) continue;
		managers.push(m);
		positions.push(i);
		total += m.span;
		counts.set(m.span, (counts.get(m.span) ?? 0) + 1);
	}
	return report(s, index, managers, Int32Array.from(positions), total, counts);
}

/**
 * After an edit of a few posts (a carried index) under the same rules and top post: the entries of
 * the snapshot before, with only those of the replaced posts and of their old and new managers
 * made again (no other post's reports, titles or office flags changed).
 */
function carriedSpans(s: Structure, index: OrgIndex): Made | undefined {
	const lineage = carriedFrom(index);
	const prior = lineage && made.get(lineage.from);
	if (
		!lineage ||
		!prior ||
		prior.ceoId !== s.ceo ||
		prior.ceoMax !== s.spanRules.ceoMax ||
		prior.narrowBelow !== s.spanRules.narrowBelow ||
		lineage.from.ceo !== index.ceo
	)
		return undefined;
	const touched = new Set<number>();
	for (const i of lineage.changed) {
		touched.add(i);
		if (lineage.from.parent[i] >= 0) touched.add(lineage.from.parent[i]);
		if (index.parent[i] >= 0) touched.add(index.parent[i]);
	}
	const redo = [...touched].sort((a, b) => a - b);
	const counts = new Map(prior.counts);
	let total = prior.total;
	const managers: ManagerSpan[] = [];
	const positions: number[] = [];
	const old = prior.report.managers;
	let k = 0;
	for (const i of redo) {
		// The untouched entries before this position, as they were.
		for (; k < old.length && prior.positions[k] < i; k++) {
			managers.push(old[k]);
			positions.push(prior.positions[k]);
		}
		if (k < old.length && prior.positions[k] === i) {
			total -= old[k].span;
			counts.set(old[k].span, counts.get(old[k].span)! - 1);
			k++;
		}
		const m = managerSpan(s, index, i);
		if (!m) continue;
		managers.push(m);
		positions.push(i);
		total += m.span;
		counts.set(m.span, (counts.get(m.span) ?? 0) + 1);
	}
	for (; k < old.length; k++) {
		managers.push(old[k]);
		positions.push(prior.positions[k]);
	}
	return report(s, index, managers, Int32Array.from(positions), total, counts);
}
