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
	/** The Chief Executive and the posts below, drawn. */
	chart: SlideChart;
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
	/** The Core's posts from the Chief Executive down, drawn. */
	chart: SlideChart;
}

export interface DeliveryFunction {
	unitId: string;
	name: string;
	/** The post that answers for it in the line (its id, when there is one), and who sets its purpose. */
	leadId?: string;
	lead: string;
	purposeSetter: string;
	external: boolean;
	services: string[];
}

export interface DeliveryFunctionsSlide extends SlideBase {
	id: 'delivery-functions';
	functions: DeliveryFunction[];
	/** The line from the Chief Executive to each function's lead, drawn. */
	chart: SlideChart;
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
	/** The structure as it now is, drawn: drag a post onto another to make it the new manager. */
	chart: SlideChart;
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

/** A post drawn on a slide's chart, placed by the one org-chart layout (slide units). */
export interface SlideChartBox {
	postId: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The full title, for the box's tooltip and accessible name. */
	title: string;
	/** The title broken into the lines the box has room for. */
	titleLines: string[];
	/**
	 * One line under the title: the CEO's span, the office, the slide's own words ("12 services"),
	 * the posts folded in ("+5 posts") and statutory roles ("S151"), abbreviated.
	 */
	detail: string;
	/** The detail broken into the lines left under the title (a box holds four lines in all). */
	detailLines: string[];
	office: boolean;
	/** The chart's top post (the Chief Executive). */
	top: boolean;
	/** Live posts below this one that the chart leaves out (counted in `detail`). */
	folded: number;
}

export interface SlideChartLine {
	/** `manager->report`, or `manager:trunk` for the trunk of wrapped rows. */
	id: string;
	manager?: string;
	report?: string;
	/** The line to the Chief Executive's office (drawn dashed). */
	office: boolean;
	points: [number, number][];
}

/** A structure's top tiers as a chart for a slide, in slide units (one unit is 1/1920 of the width). */
export interface SlideChart {
	width: number;
	height: number;
	/** 1 when the chart fits its area at full size; less when it had to shrink. */
	scale: number;
	boxes: SlideChartBox[];
	lines: SlideChartLine[];
	/** "Organisation chart of …: 12 of 31 posts drawn, the rest folded into the boxes". */
	label: string;
}
