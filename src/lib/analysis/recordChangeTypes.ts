/** The shapes of the differences between the records of two structures (recordChanges). */
import type {
	Assumption,
	Body,
	FundingSplit,
	Grade,
	Link,
	Meeting,
	OneOffCost,
	Post,
	PostStatus,
	Service,
	StatutoryRole,
	Unit
} from '../model/types';

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

/** Post fields without a change kind of their own. */
export const OTHER_POST_FIELDS = [
	'remit',
	'director',
	'office',
	'start',
	'end',
	'salary',
	'provenance'
] as const;
export type OtherPostField = (typeof OTHER_POST_FIELDS)[number];

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
	/** Any other field that differs (remit, director, office, dates, provenance): names and values. */
	| (PostRef & {
			kind: 'other-changed';
			fields: OtherPostField[];
			from: Pick<Post, OtherPostField>;
			to: Pick<Post, OtherPostField>;
	  });

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

export interface SettingChange {
	key: string;
	label: string;
	/** How to show the values (an assumption's unit; span rules are counts). */
	unit: Assumption['unit'] | 'count' | 'split';
	from?: number;
	to?: number;
	/** The default funding split before and after (unit 'split'). */
	fromSplit?: FundingSplit;
	toSplit?: FundingSplit;
}

/** A field of the structure itself that differs (said only between versions of one structure). */
export interface StructureFieldChange {
	field: 'name' | 'date' | 'description' | 'ceo' | 'statedCostChange';
	from?: string | number;
	to?: string | number;
}

/** Every difference between the records of two structures: what changed, not what it measures. */
export interface RecordChanges {
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
	/** The structure's own name, date, description, top post and stated cost change. */
	structure: StructureFieldChange[];
	postChanges: PostChange[];
	servicesMoved: ServiceMove[];
	meetingsAdded: Meeting[];
	meetingsRemoved: Meeting[];
	meetingsReplaced: MeetingReplacement[];
}

/** The id-keyed collections of a structure. */
export const COLLECTIONS = [
	'posts',
	'services',
	'units',
	'links',
	'meetings',
	'bodies',
	'grades',
	'oneOffCosts'
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * The record ids to compare, by collection (an edit's patches name them): a collection not listed
 * is taken as unchanged. Without it every record is compared.
 */
export type OnlyIds = ReadonlyMap<string, ReadonlySet<string>>;
