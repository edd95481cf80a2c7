/**
 * Slides for the workshop projector, as plain data. Each is computed from the two structures
 * through the analysis core every time either changes (the "what if" slide edits the later one),
 * so a slide is a live view of the model, never a picture. Text is already worded and formatted;
 * the components only lay it out.
 */

/** Whether a figure meets its rule, said in words (and drawn with a symbol, never colour alone). */
export type Verdict = 'meets' | 'misses' | 'info';

export interface Figure {
	key: string;
	/** The number as shown: "10", "1:4.3", "+£645,469". */
	value: string;
	label: string;
	/** A second line: "11 with the office". */
	detail?: string;
	/** The rule or comparison, with its source: "Best practice: no more than 5 (Cabinet report, 19 January 2021, Appendix A section 3)". */
	rule?: string;
	verdict: Verdict;
	/** The verdict in words: "5 over best practice", "Within best practice". */
	verdictText?: string;
}

export interface PostCard {
	postId: string;
	title: string;
	/** "2 direct reports", "Head of Service · office". */
	detail: string;
	office: boolean;
	/** Direct reports, by title (for the cards that show them). */
	reports: { postId: string; title: string }[];
	/** Statutory roles in words, if any. */
	roles: string;
}

interface SlideBase {
	/** Stable id, used in tests and as the key for keyed rendering. */
	id: SlideId;
	title: string;
	/** A short line under the title. */
	subtitle?: string;
	/** Speaker notes for the presenter view: what to say, with the sources. */
	notes: string[];
}

export type SlideId =
	| 'old-structure'
	| 'problem'
	| 'council-core'
	| 'delivery-functions'
	| 'rhythm'
	| 'accountability'
	| 'cost'
	| 'what-if';

export interface OldStructureSlide extends SlideBase {
	id: 'old-structure';
	figures: Figure[];
	ceo: PostCard;
	reports: PostCard[];
}

export interface ProblemSlide extends SlideBase {
	id: 'problem';
	figures: Figure[];
	/** Pairs of delivery functions that meet only at the CEO: "Neighbourhoods and Inclusive Growth". */
	pairs: string[];
	/** How many more pairs than are listed. */
	morePairs: number;
}

export interface CouncilCoreSlide extends SlideBase {
	id: 'council-core';
	figures: Figure[];
	/** The Core's posts reporting to the Chief Executive, with their own reports in the Core. */
	posts: PostCard[];
}

export interface DeliveryFunction {
	unitId: string;
	name: string;
	/** The post that answers for it in the line, and who sets its purpose. */
	lead: string;
	purposeSetter: string;
	external: boolean;
	services: string[];
}

export interface DeliveryFunctionsSlide extends SlideBase {
	id: 'delivery-functions';
	functions: DeliveryFunction[];
}

export interface RhythmMeeting {
	id: string;
	name: string;
	/** "Monthly, week 2, 3 hours". */
	when: string;
	/** "Chaired by the Director of City Management". */
	lead: string;
	/** "14 attend". */
	attendance: string;
	purpose: string;
}

export interface RhythmSlide extends SlideBase {
	id: 'rhythm';
	figures: Figure[];
	weeks: { week: number; meetings: RhythmMeeting[] }[];
	/** Meetings outside the monthly four: annual, quarterly, weekly. */
	other: RhythmMeeting[];
	/** "CLT (weekly) is replaced by the strategy, performance, assurance and leadership groups." */
	replaces: string[];
}

export interface AccountabilityRoute {
	unitId: string;
	name: string;
	purpose: string;
	line: string;
	performance: string;
	assurance: string;
	members: string;
	/** Roles with no route, in words; empty when every route is there. */
	gaps: string[];
}

export interface AccountabilitySlide extends SlideBase {
	id: 'accountability';
	figures: Figure[];
	routes: AccountabilityRoute[];
}

export interface CostLine {
	label: string;
	value: string;
	/** 'up' for a cost added, 'down' for a saving, 'total' for a total. */
	kind: 'up' | 'down' | 'total';
}

export interface CostSlide extends SlideBase {
	id: 'cost';
	figures: Figure[];
	lines: CostLine[];
}

export interface WhatIfMetric {
	key: string;
	label: string;
	/** A few words, for a tile on the projector. */
	short: string;
	/** As loaded, before any what-if. */
	start: string;
	now: string;
	changed: boolean;
	/** "up 2", "down £12,345", "no change": the change in words, not colour. */
	changeText: string;
	/** Raw numbers, for tests and for the direction arrow. */
	startValue: number;
	nowValue: number;
}

export interface WhatIfSlide extends SlideBase {
	id: 'what-if';
	metrics: WhatIfMetric[];
	ceo: PostCard;
	reports: PostCard[];
}

export type Slide =
	| OldStructureSlide
	| ProblemSlide
	| CouncilCoreSlide
	| DeliveryFunctionsSlide
	| RhythmSlide
	| AccountabilitySlide
	| CostSlide
	| WhatIfSlide;
