import type {
	ChangedPostRow,
	CostedOptionsReport,
	FinancialYearRow,
	GradeReportRow,
	OptionReport,
	PhasedPost,
	PostCostRow
} from './types';

/**
 * The costed-options report for someone without the right to see pay (the page, the PDF, the CSV):
 * each post's salary point, salary, on-costs, total, funding in pounds and change in cost become
 * null, and so do grades' pay ranges and points. What stays: every total and change above the
 * post (the option's annual cost before and after, by funding source and by financial year, the
 * deleted/created/changed sums, one-off costs, the reconciliation), every post's title, unit,
 * grade name, FTE, funding shares in words and dates, and everything that is not money.
 *
 * Sentences in words (the differences, each changed post's changes, the reconciliation's
 * explanation) that name a post or a grade lose their amounts: "Director of HR is deleted (JNC
 * Director, saving £192,011 a year)" becomes "Director of HR is deleted (JNC Director)". Sentences
 * about totals name neither and keep theirs. A total over a single post still shows that post's
 * cost: totals stay visible, as the issue asks.
 */
export const MASKED_POST_FIELDS = [
	'gradePoint',
	'salary',
	'employerNi',
	'employerPension',
	'total',
	'funding'
] as const;
type MaskedField = (typeof MASKED_POST_FIELDS)[number];

export type MaskedPostCostRow = Omit<PostCostRow, MaskedField> & { [K in MaskedField]: null };
export type MaskedChangedPostRow = Omit<ChangedPostRow, 'before' | 'after' | 'delta'> & {
	before: MaskedPostCostRow;
	after: MaskedPostCostRow;
	delta: null;
};
export type MaskedPhasedPost = Omit<PhasedPost, 'cost'> & { cost: null };
export type MaskedFinancialYearRow = Omit<FinancialYearRow, 'phasing'> & {
	phasing: MaskedPhasedPost[];
};
export type MaskedGradeReportRow = Omit<GradeReportRow, 'min' | 'max' | 'point'> & {
	min: null;
	max: null;
	point: null;
};
export type MaskedOptionReport = Omit<
	OptionReport,
	'deleted' | 'created' | 'changed' | 'summary'
> & {
	summary: Omit<OptionReport['summary'], 'years'> & { years: MaskedFinancialYearRow[] };
	deleted: MaskedPostCostRow[];
	created: MaskedPostCostRow[];
	changed: MaskedChangedPostRow[];
};
/** The report as the reader receives it: whole, or with pay masked. */
export type ReportForReader = CostedOptionsReport | PayMaskedReport;
export type OptionForReader = OptionReport | MaskedOptionReport;
export type PostRowForReader = PostCostRow | MaskedPostCostRow;
export type ChangedRowForReader = ChangedPostRow | MaskedChangedPostRow;
export type YearRowForReader = FinancialYearRow | MaskedFinancialYearRow;

export type PayMaskedReport = Omit<CostedOptionsReport, 'options' | 'grades'> & {
	options: MaskedOptionReport[];
	grades: MaskedGradeReportRow[];
	payMasked: true;
};

export function maskPostRow(r: PostCostRow): MaskedPostCostRow {
	return {
		...r,
		gradePoint: null,
		salary: null,
		employerNi: null,
		employerPension: null,
		total: null,
		funding: null
	};
}

const MONEY = /[+−-]?£[\d,]+(?:\.\d+)?(?:m|k)?(?: a year)?/g;

/** Drop the amounts from a sentence: clauses in brackets that carry one go, other amounts read "masked". */
export function maskMoneyInWords(sentence: string): string {
	return sentence
		.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
			if (!inner.includes('£')) return whole;
			const kept = inner.split(/,\s+/).filter((part) => !part.includes('£'));
			return kept.length ? ` (${kept.join(', ')})` : '';
		})
		.replace(MONEY, 'masked');
}

/** Mask the amounts of the sentences that name one of `names` (post titles and grade names). */
function maskSentences(lines: string[], names: string[]): string[] {
	return lines.map((l) =>
		l.includes('£') && names.some((n) => l.includes(n)) ? maskMoneyInWords(l) : l
	);
}

function maskYear(y: FinancialYearRow): MaskedFinancialYearRow {
	return { ...y, phasing: y.phasing.map((p) => ({ ...p, cost: null })) };
}

function maskOption(o: OptionReport, grades: string[]): MaskedOptionReport {
	const rows = [...o.deleted, ...o.created, ...o.changed.flatMap((c) => [c.before, c.after])];
	const names = [
		...new Set([...rows.map((r) => r.title), ...rows.map((r) => r.gradeName), ...grades])
	].filter((n) => n.length > 2);
	return {
		...o,
		differences: maskSentences(o.differences, names),
		reconciliation: {
			...o.reconciliation,
			explanation: maskSentences(o.reconciliation.explanation, names)
		},
		summary: { ...o.summary, years: o.summary.years.map(maskYear) },
		deleted: o.deleted.map(maskPostRow),
		created: o.created.map(maskPostRow),
		changed: o.changed.map((c) => ({
			...c,
			changes: maskSentences(c.changes, names),
			before: maskPostRow(c.before),
			after: maskPostRow(c.after),
			delta: null
		}))
	};
}

export function maskReportPay(report: CostedOptionsReport): PayMaskedReport {
	return {
		...report,
		options: report.options.map((o) =>
			maskOption(
				o,
				report.grades.map((g) => g.name)
			)
		),
		grades: report.grades.map((g) => ({ ...g, min: null, max: null, point: null })),
		payMasked: true
	};
}
