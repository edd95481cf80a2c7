/**
 * The structure document: plain data keyed by id (no classes, Maps or Dates), so immer patches,
 * structuredClone, YAML and SQLite all carry it as it is. Every record says where it came from.
 *
 * Ids share one namespace across posts, units, services, bodies and meetings, so a link can point
 * at any of them without saying which kind it is.
 */

export const SCHEMA_VERSION = 1;

/** Where a fact came from. Never present an assumption as a fact. */
export type Provenance =
	/** A seed document in shared/seeds: file name and the document's own section or heading. */
	| { kind: 'source'; file: string; section: string; note?: string }
	/** A named public record outside the seeds (a pay statement, a press report). */
	| { kind: 'public-record'; record: string; note?: string }
	/** A value chosen by the modeller; the user can see and change it. */
	| { kind: 'assumption'; note: string }
	/** A post or unit the sources imply but do not name, rebuilt from a public record. */
	| { kind: 'reconstruction'; note: string; record?: string };

export type ProvenanceKind = Provenance['kind'];

export type PostStatus = 'existing' | 'new' | 'deleted' | 'interim' | 'vacant';

export type StatutoryRole =
	'head-of-paid-service' | 's151' | 'monitoring-officer' | 'dcs' | 'dass' | 'dph';

export const STATUTORY_ROLES: readonly StatutoryRole[] = [
	'head-of-paid-service',
	's151',
	'monitoring-officer',
	'dcs',
	'dass',
	'dph'
];

export const STATUTORY_ROLE_NAMES: Record<StatutoryRole, string> = {
	'head-of-paid-service': 'Head of Paid Service',
	s151: 'Section 151 officer',
	'monitoring-officer': 'Monitoring Officer',
	dcs: 'Director of Children’s Services',
	dass: 'Director of Adult Social Services',
	dph: 'Director of Public Health'
};

export type FundingSource = 'generalFund' | 'hra' | 'capital' | 'grant';
export const FUNDING_SOURCES: readonly FundingSource[] = ['generalFund', 'hra', 'capital', 'grant'];
export const FUNDING_SOURCE_NAMES: Record<FundingSource, string> = {
	generalFund: 'General Fund',
	hra: 'Housing Revenue Account',
	capital: 'Capital',
	grant: 'Grant'
};

/** Percentages by source; the shares present sum to 100. */
export type FundingSplit = Partial<Record<FundingSource, number>>;

export interface Post {
	id: string;
	title: string;
	/** Grade id (key of Structure.grades). */
	grade: string;
	/** Full-time equivalent; 1 unless said otherwise. */
	fte: number;
	/**
	 * The post's own full-time salary in pounds a year (an HR export's Salary column). When present
	 * it is costed instead of the grade's point; absent in hand-written models.
	 */
	salary?: number;
	status: PostStatus;
	/** Unit id the post sits in. */
	unit: string;
	/** Line manager's post id; absent only for the top post (the Chief Executive). */
	reportsTo?: string;
	/** Counts as the Chief Executive's office when spans are shown "with and without the office". */
	office?: boolean;
	/** Included by the meeting member rules "all directors" and "all directors and their reports". */
	director?: boolean;
	remit?: string;
	statutoryRoles: StatutoryRole[];
	/** Overrides Structure.defaultFunding when present. */
	funding?: FundingSplit;
	/** ISO dates (YYYY-MM-DD) for phasing: the post costs nothing before start or after end. */
	start?: string;
	end?: string;
	/**
	 * An interim post (Structure.interimPosts) stands in for this post of the structure until it
	 * starts: the covered post's reports report to the interim post meanwhile.
	 */
	covers?: string;
	provenance: Provenance;
	/** Values on this record that are the modeller's choice, each with why (see Assumed). */
	assumed?: Assumed;
}

/**
 * Per-field provenance: on a record whose `provenance` is a source or public record, the values
 * that are nonetheless assumptions, by field name (`grade`, `start`, `funding`, `point`…), each
 * with a note saying why. The key `exists` says the record itself is a reading of the source.
 */
export type Assumed = Record<string, string>;

export type UnitGroup = 'core' | 'delivery' | 'external';
export const UNIT_GROUP_NAMES: Record<UnitGroup, string> = {
	core: 'Council Core',
	delivery: 'Delivery Functions',
	external: 'External bodies'
};

export interface Unit {
	id: string;
	name: string;
	group: UnitGroup;
	/** Parent unit id, for teams inside a department. */
	parent?: string;
	/** The post that heads the unit. */
	head?: string;
	/** A delivery function: one the checks expect to have a purpose-setter, assurance and member interface. */
	deliveryFunction?: boolean;
	/** Not in-house (the Children's Trust). */
	external?: boolean;
	remit?: string;
	provenance: Provenance;
}

/** A service the council runs; it sits in exactly one unit. */
export interface Service {
	id: string;
	name: string;
	unit: string;
	provenance: Provenance;
}

export type BodyKind = 'member' | 'partnership' | 'external';

/** A member or partnership body: Cabinet, a Cabinet Member portfolio, Scrutiny, City Board… */
export interface Body {
	id: string;
	name: string;
	kind: BodyKind;
	provenance: Provenance;
}

export type LinkType =
	| 'dotted-line'
	| 'sets-purpose-for'
	| 'commissions'
	| 'holds-to-account'
	| 'assures'
	| 'supports'
	| 'member-interface'
	| 'partnership-lead';

/** Line management is not a link record: it is Post.reportsTo. This name is used for it in views. */
export const LINE_MANAGEMENT = 'line-management' as const;
export type AnyLinkType = LinkType | typeof LINE_MANAGEMENT;

export const LINK_TYPES: readonly LinkType[] = [
	'dotted-line',
	'sets-purpose-for',
	'commissions',
	'holds-to-account',
	'assures',
	'supports',
	'member-interface',
	'partnership-lead'
];

export const LINK_TYPE_NAMES: Record<AnyLinkType, string> = {
	'line-management': 'Line management',
	'dotted-line': 'Dotted line',
	'sets-purpose-for': 'Sets purpose and measures for',
	commissions: 'Commissions',
	'holds-to-account': 'Holds to account',
	assures: 'Assures',
	supports: 'Supports',
	'member-interface': 'Member interface',
	'partnership-lead': 'Partnership lead'
};

/**
 * A typed link between any two records (post, unit, service, body or meeting).
 * Direction reads as a sentence: `from` sets purpose for / commissions / holds to account … `to`.
 */
export interface Link {
	id: string;
	type: LinkType;
	from: string;
	to: string;
	note?: string;
	provenance: Provenance;
}

export type Cadence = 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'annual';

/** Occurrences a month, for meeting load (a year of 52 weeks over 12 months). */
export const OCCURRENCES_PER_MONTH: Record<Cadence, number> = {
	weekly: 52 / 12,
	fortnightly: 26 / 12,
	monthly: 1,
	quarterly: 1 / 3,
	annual: 1 / 12
};

export type MemberRule =
	/** Every post with director: true. */
	| 'all-directors'
	/** Every director and each post reporting directly to a director. */
	| 'all-directors-and-reports'
	/** The top post and everyone reporting directly to it (the old CLT). */
	| 'ceo-and-direct-reports';

export const MEMBER_RULE_NAMES: Record<MemberRule, string> = {
	'all-directors': 'All directors',
	'all-directors-and-reports': 'All directors and their direct reports',
	'ceo-and-direct-reports': 'The Chief Executive and direct reports'
};

export interface Meeting {
	id: string;
	name: string;
	purpose: string;
	cadence: Cadence;
	/** Length of one occurrence in hours. */
	lengthHours: number;
	/** Week of the month (1–4) for monthly meetings, for the calendar. */
	weekOfMonth?: number;
	/** Chair or lead post. */
	chair?: string;
	/** Curators (post ids), where the source names curators rather than a chair. */
	curators: string[];
	/** Named member posts, in addition to those the rules bring in. */
	members: string[];
	memberRules: MemberRule[];
	/** Meeting or body ids this meeting feeds into. */
	feedsInto: string[];
	/** Meetings of another structure this one replaces (ids, for the compare view). */
	replaces?: string[];
	provenance: Provenance;
	/** Where the cadence and length came from, when not from the same place as the meeting. */
	cadenceProvenance?: Provenance;
}

export interface Grade {
	id: string;
	name: string;
	/** Salary range in pounds a year. */
	min: number;
	max: number;
	/** The point used for costing, in pounds a year, at the assumptions' base year. */
	point: number;
	/**
	 * The first year of the financial year the point's figures come from, when older than the
	 * assumptions' baseYear (2015 for the 2015 advert bands, costed as if they were 2020/21 pay).
	 */
	pointYear?: number;
	provenance: Provenance;
	/** Values that are the modeller's choice (e.g. `point: band midpoint`). */
	assumed?: Assumed;
}

/** A single assumption: a labelled number the user can see and change. */
export interface Assumption {
	label: string;
	value: number;
	/** How to show it: 'rate' values are fractions (0.138 = 13.8%). */
	unit: 'rate' | 'pounds' | 'hours' | 'year';
	/** A plausible lowest and highest value, for the range of the figures (sensitivity). */
	low?: number;
	high?: number;
	provenance: Provenance;
}

/** The assumptions every structure carries (more may be added). */
export interface Assumptions {
	employerNiRate: Assumption;
	employerNiThreshold: Assumption;
	employerPensionRate: Assumption;
	payAward: Assumption;
	productiveHoursPerYear: Assumption;
	/** First calendar year of the financial year the grade points are priced at (2020 → 2020/21). */
	baseYear: Assumption;
	[key: string]: Assumption;
}

/** Thresholds the span checks use; configurable per structure. */
export interface SpanRules {
	/** The CEO should have at most this many direct reports (003, Appendix A section 3: 5). */
	ceoMax: number;
	/** The council-wide average span should be near this (003, Appendix A section 3: 1:10). */
	averageTarget: number;
	/** How far below the target the average may fall before it is flagged. */
	averageTolerance: number;
	/** Managers with fewer reports than this have a narrow span. */
	narrowBelow: number;
}

/** A stated figure a difference is reconciled against (003 7.3.1: +£0.51m a year). */
export interface StatedFigure {
	label: string;
	value: number;
	provenance: Provenance;
}

/** A date the model rests on, with where it came from (usually an assumption). */
export interface DatedAssumption {
	date: string;
	provenance: Provenance;
}

/** One-off costs of a change (redundancy, pension strain, recruitment), kept apart from recurring cost. */
export interface OneOffCost {
	id: string;
	label: string;
	kind: 'redundancy' | 'pension-strain' | 'recruitment' | 'discovery' | 'other';
	amount: number;
	financialYear: string;
	provenance: Provenance;
}

/**
 * How a senior option was laid over a whole establishment (see establishment/applySeniorOption.ts):
 * the option's senior tiers replace the establishment's, and the reports of each replaced post move
 * to the option post the user chose. Kept on the result so the mapping can be shown and changed.
 */
export interface SeniorOptionApplied {
	/** The option the senior tiers came from, at the version used. */
	optionId: string;
	optionVersion?: number;
	/** The establishment the teams came from, at the version used. */
	establishmentId: string;
	establishmentVersion?: number;
	/** Establishment post ids replaced by the option's senior posts. */
	replaced: string[];
	/** For each replaced post that had reports: the option post those reports now report to. */
	reportsMoveTo: Record<string, string>;
	/** The option's name, and the titles of the posts above as they were, so the mapping reads in words. */
	optionName?: string;
	titles?: Record<string, string>;
}

export interface Structure {
	schemaVersion: number;
	id: string;
	name: string;
	/** ISO date the structure describes. */
	date: string;
	description: string;
	/** Id of the structure this one was derived from (a base plus its differences). */
	derivedFrom?: string;
	/** The top post (the Chief Executive). */
	ceo: string;
	posts: ReadonlyMap<string, Post>;
	units: Record<string, Unit>;
	services: Record<string, Service>;
	bodies: Record<string, Body>;
	links: Record<string, Link>;
	meetings: Record<string, Meeting>;
	grades: Record<string, Grade>;
	assumptions: Assumptions;
	defaultFunding: { split: FundingSplit; provenance: Provenance };
	spanRules: SpanRules;
	statedCostChange?: StatedFigure;
	/**
	 * Phasing of a change: posts of the earlier structure that this one no longer has stay in post
	 * (and cost money) until this date. Used when a comparison is costed by financial year.
	 */
	postsDeletedOn?: DatedAssumption;
	/**
	 * Posts in force only during the change (an outgoing director who holds a statutory role until
	 * its new holder starts). Each has an end date. They are left out of the structure's full-year
	 * figures and come in on the days they cover (analysis/structureAt.ts). A statutory role an
	 * interim post holds counts only on days no other post in force holds it.
	 */
	interimPosts?: Record<string, Post>;
	oneOffCosts: Record<string, OneOffCost>;
	sources: string[];
	/** Present when the structure is a senior option applied to an establishment. */
	seniorOption?: SeniorOptionApplied;
}
