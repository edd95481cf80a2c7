import {
	compareStructures,
	fromPence,
	PHASING_YEARS,
	structureCost,
	toPence,
	type PostChange
} from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatAssumptionValue } from '$lib/words';
import { assumptionRows, gradeRows } from './assumptionRows';
import { oneOffCostRows } from './oneOffCosts';
import { optionSummary } from './optionSummary';
import { postChart, type ChartMark } from '$lib/orgChart/postChart';
import { postRows } from './postRows';
import { statutoryRoleRows } from './statutoryRoles';
import type {
	CostedOptionsReport,
	OnCostWords,
	OptionReport,
	PostTotals,
	ReportInput,
	StructureRef
} from './types';

/** The financial years the JNC panel is asked about: the phasing years (003 7.3.1). */
export const REPORT_YEARS = PHASING_YEARS;

export interface CostedOptionsSettings {
	/** ISO date-time to stamp on the report (default: now). */
	generatedAt?: string;
	years?: string[];
}

function refOf(input: ReportInput): StructureRef {
	const s = input.structure;
	return {
		id: s.id,
		name: s.name,
		date: s.date,
		...(input.version !== undefined ? { version: input.version } : {}),
		...(s.derivedFrom ? { derivedFrom: s.derivedFrom } : {}),
		...(input.builtIn !== undefined ? { builtIn: input.builtIn } : {})
	};
}

export function onCostWords(s: Structure): OnCostWords {
	const a = s.assumptions;
	return {
		ni: `${formatAssumptionValue(a.employerNiRate)} above ${formatAssumptionValue(a.employerNiThreshold)} a year`,
		pension: formatAssumptionValue(a.employerPensionRate)
	};
}

/** Posts created or changed, flagged on the "after" chart (in words as well as by border). */
function chartMarks(changes: PostChange[]): Record<string, ChartMark> {
	const marks: Record<string, ChartMark> = {};
	for (const c of changes) {
		if (c.kind === 'created') marks[c.postId] = 'new';
		else if (c.kind !== 'deleted' && c.kind !== 'other-changed' && !marks[c.postId])
			marks[c.postId] = 'changed';
	}
	return marks;
}

function sumPence(values: number[]): number {
	return values.reduce((sum, v) => sum + toPence(v), 0);
}

/**
 * The costed-options report for the JNC panel: one base structure (the 2020 CLT) against each
 * option, every figure from the analysis core (compareStructures, structureCost,
 * costByFinancialYear, runChecks) and every total broken down by post, grade point and assumption.
 * Pure: the same structures and settings give the same report.
 */
export function buildCostedOptionsReport(
	base: ReportInput,
	options: ReportInput[],
	settings: CostedOptionsSettings = {}
): CostedOptionsReport {
	const years = settings.years ?? [...REPORT_YEARS];
	const a = base.structure;
	const costBefore = structureCost(a);
	const allCosted: OptionReport['deleted'] = [];
	const reports = options.map((input): OptionReport => {
		const b = input.structure;
		const comparison = compareStructures(a, b);
		const costAfter = structureCost(b);
		const rows = postRows(a, b, comparison.diff);
		allCosted.push(
			...rows.deleted,
			...rows.created,
			...rows.changed.flatMap((c) => [c.before, c.after])
		);
		const deleted = -sumPence(rows.deleted.map((r) => r.total));
		const created = sumPence(rows.created.map((r) => r.total));
		const changed = sumPence(rows.changed.map((r) => r.delta));
		const totals: PostTotals = {
			deleted: fromPence(deleted),
			created: fromPence(created),
			changed: fromPence(changed),
			net: fromPence(deleted + created + changed)
		};
		return {
			ref: refOf(input),
			onCosts: onCostWords(b),
			summary: {
				...optionSummary(a, b, comparison, years, costBefore.byFunding, costAfter.byFunding),
				// As many as the changed-posts table lists (a new source note alone is not a change).
				postsChanged: rows.changed.length
			},
			...rows,
			totals,
			oneOff: oneOffCostRows(b),
			statutory: statutoryRoleRows(a, b),
			reconciliation: comparison.reconciliation,
			differences: comparison.differences,
			chartAfter: postChart(b, { marks: chartMarks(comparison.diff.postChanges) })
		};
	});
	const structures: Structure[] = [a, ...options.map((o) => o.structure)];
	return {
		title: `Costed options: ${a.name} against ${options.length} option${options.length === 1 ? '' : 's'}`,
		generatedAt: settings.generatedAt ?? new Date().toISOString(),
		base: refOf(base),
		baseOnCosts: onCostWords(a),
		options: reports,
		years,
		chartBefore: postChart(a),
		assumptions: assumptionRows(structures),
		grades: gradeRows(structures, allCosted)
	};
}
