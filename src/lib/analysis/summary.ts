import type { Structure } from '../model/types';
import { runChecks, type Violation } from './checks/index';
import { costArrays } from './cost';
import { meetingLoad } from './meetingLoad';
import { orgIndex } from './orgIndex';
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
		annualCost: costArrays(s).sums.total / 100,
		meetingHoursPerMonth: meetingLoad(s).peopleHoursPerMonth,
		failedChecks: runChecks(s).flatMap((r) => r.violations)
	};
}
