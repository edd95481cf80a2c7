import type { Patch } from 'immer';
import type {
	Cadence,
	FundingSplit,
	LinkType,
	MemberRule,
	PostStatus,
	Provenance,
	StatutoryRole,
	Structure
} from '../model/types';

/**
 * Every user edit as plain data: a discriminated union the UI builds, history stores and the
 * change log describes. One edit is one undo step (a drag produces one movePost on drop).
 */
export type Edit =
	/** New line manager; optionally a new unit at the same time. */
	| { type: 'movePost'; postId: string; newManagerId: string; newUnitId?: string }
	| { type: 'moveService'; serviceId: string; unitId: string }
	| { type: 'addPost'; post: NewPost }
	/** Removes the post and every reference to it (links, meeting places, unit head). */
	| { type: 'deletePost'; postId: string }
	| { type: 'retitlePost'; postId: string; title: string }
	| { type: 'regradePost'; postId: string; grade: string }
	/** Percentages summing to 100; leave out `funding` to go back to the structure's default split. */
	| { type: 'setPostFunding'; postId: string; funding?: FundingSplit }
	/** Sets both dates; a date left out is cleared. */
	| { type: 'setPostDates'; postId: string; start?: string; end?: string }
	| { type: 'setPostStatus'; postId: string; status: PostStatus }
	| { type: 'addLink'; link: NewLink }
	| { type: 'removeLink'; linkId: string }
	| { type: 'addMeeting'; meeting: NewMeeting }
	/** Removes the meeting, links to or from it and other meetings' feedsInto entries naming it. */
	| { type: 'removeMeeting'; meetingId: string }
	| { type: 'updateMeeting'; meetingId: string; changes: MeetingChanges }
	/** A new value for an assumption; its provenance becomes "assumption" with the note given. */
	| { type: 'setAssumption'; key: string; value: number; note?: string };

export type EditType = Edit['type'];
export type EditOf<T extends EditType> = Extract<Edit, { type: T }>;

export interface NewPost {
	/** Default: from the title, made unique. */
	id?: string;
	title: string;
	grade: string;
	unit: string;
	reportsTo: string;
	/** Default 'new': a post added to a scenario is a new post. */
	status?: PostStatus;
	fte?: number;
	director?: boolean;
	office?: boolean;
	remit?: string;
	statutoryRoles?: StatutoryRole[];
	funding?: FundingSplit;
	start?: string;
	end?: string;
	/** Default: an assumption "added while editing". */
	provenance?: Provenance;
}

export interface NewLink {
	/** Default `type:from->to`, as in model files. */
	id?: string;
	type: LinkType;
	from: string;
	to: string;
	note?: string;
	provenance?: Provenance;
}

export interface NewMeeting {
	/** Default: from the name, made unique. */
	id?: string;
	name: string;
	purpose?: string;
	cadence: Cadence;
	lengthHours: number;
	weekOfMonth?: number;
	chair?: string;
	curators?: string[];
	members?: string[];
	memberRules?: MemberRule[];
	feedsInto?: string[];
	provenance?: Provenance;
}

/** Fields of a meeting an edit may change; null clears an optional field. */
export interface MeetingChanges {
	name?: string;
	purpose?: string;
	cadence?: Cadence;
	lengthHours?: number;
	weekOfMonth?: number | null;
	chair?: string | null;
	curators?: string[];
	members?: string[];
	memberRules?: MemberRule[];
	feedsInto?: string[];
}

export type EditResult =
	| {
			ok: true;
			structure: Structure;
			patches: Patch[];
			inversePatches: Patch[];
			/** What changed, in words ('' when nothing changed). */
			description: string;
			/** The id of the record an add created. */
			createdId?: string;
	  }
	| { ok: false; error: string };
