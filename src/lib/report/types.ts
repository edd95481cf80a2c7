import type { OriginLabels } from '$lib/words';
import type { Reconciliation, Violation } from '$lib/analysis';
import type {
	FundingSource,
	OneOffCost,
	StatutoryRole,
	Structure,
	DatedAssumption
} from '$lib/model/types';
import type { PostChart } from '$lib/orgChart/postChart';
import type { AssumptionRow, GradeRow } from '$lib/words';

/**
 * The costed-options report as plain data (JSON-safe, so a server load can hand it to the page
 * and the CSV route can read the same rows). Money is pounds with pence, as the core gives it;
 * the page rounds only when it displays.
 */

/** A structure the report was made from, with the stored version so the paper can be traced. */
export interface StructureRef {
	id: string;
	name: string;
	date: string;
	version?: number;
	derivedFrom?: string;
	builtIn?: boolean;
}

/** A structure as the store returns it. */
export interface ReportInput {
	structure: Structure;
	version?: number;
	builtIn?: boolean;
}

/** One post's full-year cost, with everything that moves it named. */
export interface PostCostRow {
	postId: string;
	title: string;
	unitName: string;
	gradeId: string;
	gradeName: string;
	/** The grade's costing point (salary for one FTE), pounds a year. */
	gradePoint: number;
	fte: number;
	salary: number;
	employerNi: number;
	employerPension: number;
	total: number;
	funding: Record<FundingSource, number>;
	/** Funding shares in words: "60% General Fund, 40% Housing Revenue Account". */
	fundingText: string;
	/** Phasing dates, where the post has them. */
	start?: string;
	end?: string;
	statutoryRoles: StatutoryRole[];
	/** The post's own kind and each value on it the modeller chose (words/origin.ts). */
	origin?: OriginLabels;
}

export interface ChangedPostRow {
	postId: string;
	title: string;
	/** What changed, in words, one entry a change ("Line manager: Chief Executive → …"). */
	changes: string[];
	before: PostCostRow;
	after: PostCostRow;
	/** after.total − before.total, to the penny. */
	delta: number;
}

export interface FundingChangeRow {
	source: FundingSource;
	name: string;
	before: number;
	after: number;
	change: number;
}

/** A post that costs only part of a financial year (start or end date inside it). */
export interface PhasedPost {
	postId: string;
	title: string;
	/** Share of the year the post is costed for, 0–1. */
	fraction: number;
	/** What it costs in that year. */
	cost: number;
	/** Which structure it belongs to: 'base' or 'option'. */
	/** 'outgoing': a base post the option deletes, paid until the option's postsDeletedOn. */
	side: 'base' | 'option' | 'outgoing';
	start?: string;
	end?: string;
}

export interface FinancialYearRow {
	year: string;
	/** The pay award uplift the core applies to the year's prices (option's; base's if they differ). */
	payAwardFactor: number;
	payAwardFactorBase: number;
	before: number;
	after: number;
	/** Posts the option deletes, still paid in the year until the option's postsDeletedOn. */
	outgoing: number;
	/** after + outgoing − before. */
	change: number;
	/** The change in the year by funding source. */
	byFundingChange: Record<FundingSource, number>;
	phasing: PhasedPost[];
}

export interface BeforeAfterNumber {
	before: number;
	after: number;
}

export interface OptionSummary {
	annualCostBefore: number;
	annualCostAfter: number;
	annualCostChange: number;
	byFunding: FundingChangeRow[];
	years: FinancialYearRow[];
	/** When the option's deleted posts go (an assumption of the option), for the phased years. */
	postsDeletedOn?: DatedAssumption;
	ceoSpan: BeforeAfterNumber;
	ceoSpanWithOffice: BeforeAfterNumber;
	averageSpan: BeforeAfterNumber;
	layers: BeforeAfterNumber;
	livePosts: BeforeAfterNumber;
	/** Counts of failed-check violations, and the option's violations in words. */
	failedChecks: { before: number; after: number; afterViolations: Violation[] };
	postsCreated: number;
	postsDeleted: number;
	postsChanged: number;
	servicesMoved: number;
}

export interface OneOffRow {
	id: string;
	label: string;
	kind: OneOffCost['kind'];
	kindName: string;
	amount: number;
	financialYear: string;
	origin: string;
	originKind: string;
}

export interface StatutoryRow {
	role: StatutoryRole;
	name: string;
	before: { postId: string; title: string }[];
	after: { postId: string; title: string }[];
	/** The holders differ. */
	changed: boolean;
	/** Held exactly once after the change (the statutory check). */
	heldOnceAfter: boolean;
}

export interface PostTotals {
	/** Sum of the deleted posts' full-year cost (a saving, given as a negative). */
	deleted: number;
	created: number;
	/** Sum of the changed posts' deltas. */
	changed: number;
	/** deleted + created + changed: equals the summary's annual cost change to the penny. */
	net: number;
}

/** The on-cost assumptions a structure prices posts with, in words, for the table headings. */
export interface OnCostWords {
	/** "13.8% above £8,788 a year" */
	ni: string;
	/** "19%" */
	pension: string;
}

export interface OptionReport {
	ref: StructureRef;
	onCosts: OnCostWords;
	summary: OptionSummary;
	deleted: PostCostRow[];
	created: PostCostRow[];
	changed: ChangedPostRow[];
	totals: PostTotals;
	oneOff: { rows: OneOffRow[]; total: number; byYear: { year: string; total: number }[] };
	statutory: StatutoryRow[];
	reconciliation: Reconciliation;
	/** Every difference in plain words (the core's describeDiff). */
	differences: string[];
	chartAfter: PostChart;
}

/** An assumption across the report's structures; `valueText` is the shared value, or each by id. */
export interface AssumptionReportRow extends AssumptionRow {
	/** The value in each structure, base first then the options, formatted in its unit. */
	values: string[];
	/** True when every structure has the same value. */
	same: boolean;
}

export interface GradeReportRow extends GradeRow {
	/** How many different posts in the tables are costed at it. */
	postsCosted: number;
}

export interface CostedOptionsReport {
	title: string;
	/** ISO date-time the report was assembled. */
	generatedAt: string;
	base: StructureRef;
	baseOnCosts: OnCostWords;
	options: OptionReport[];
	years: string[];
	chartBefore: PostChart;
	assumptions: AssumptionReportRow[];
	grades: GradeReportRow[];
}
