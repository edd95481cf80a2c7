import type { Structure } from '../model/types';
import { runChecks, type Violation } from './checks/index';
import { costArrays } from './cost';
import { meetingLoad } from './meetingLoad';
import { orgIndex } from './orgIndex';
import { spanDistribution } from './spanDistribution';
import { spanOfControl } from './spanOfControl';

export interface StructureSummary {
	id: string;
	name: string;
	date: string;
	derivedFrom?: string;
	/** The CEO's direct reports without the office, and with it. */
	ceoSpan: number;
	ceoSpanWithOffice: number;
	/** Mean direct reports per manager, office counted. */
	averageSpan: number;
	/** Number of layers, the CEO's included. */
	layers: number;
	/** Live posts (not deleted). */
	posts: number;
	/** Live posts with at least one live direct report. */
	managers: number;
	/** How many managers have each span: `{ "1": n, "2": n, … }`. */
	spanHistogram: Record<string, number>;
	/** Full-time equivalent of the live posts. */
	fte: number;
	/** Full-year establishment cost of the live posts, pounds with pence. */
	annualCost: number;
	/** People-hours a month in the meeting rhythm. */
	meetingHoursPerMonth: number;
	/** Every violation of every check that failed (warnings included). */
	failedChecks: Violation[];
}

/** The headline measures of a structure, as listed beside it and printed by the CLI. */
export function summarise(s: Structure): StructureSummary {
	const span = spanOfControl(s);
	const index = orgIndex(s);
	const distribution = spanDistribution(s);
	let fte = 0;
	for (let i = 0; i < index.posts.length; i++) fte += index.posts[i].fte;
	return {
		id: s.id,
		name: s.name,
		date: s.date,
		...(s.derivedFrom ? { derivedFrom: s.derivedFrom } : {}),
		ceoSpan: span.ceo.span,
		ceoSpanWithOffice: span.ceo.spanWithOffice,
		averageSpan: span.averageSpan,
		layers: index.maxDepth,
		posts: index.ids.length,
		managers: distribution.managers,
		spanHistogram: distribution.histogram,
		fte: Math.round(fte * 10000) / 10000,
		annualCost: costArrays(s).sums.total / 100,
		meetingHoursPerMonth: meetingLoad(s).peopleHoursPerMonth,
		failedChecks: runChecks(s).flatMap((r) => r.violations)
	};
}
