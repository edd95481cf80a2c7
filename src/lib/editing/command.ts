import type { Draft } from 'immer';
import { FUNDING_SOURCES, type FundingSplit, type Structure } from '../model/types';
import { isIsoDate } from '../model/validate';
import type { EditOf, EditType } from './edits';

/**
 * A named edit command (after excalidraw's actions): `refuse` looks at the untouched structure and
 * says why the edit cannot be made, before anything changes; `perform` then makes the change on
 * an immer draft and may return the id of a record it created.
 */
export interface Command<T extends EditType> {
	type: T;
	refuse(s: Structure, e: EditOf<T>): string | undefined;
	perform(d: Draft<Structure>, e: EditOf<T>, s: Structure): string | void;
}

export function command<T extends EditType>(c: Command<T>): Command<T> {
	return c;
}

export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
export const isFiniteNumber = (v: unknown): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** Why a funding split is unusable: unknown source, a negative share, or shares not summing to 100. */
export function fundingProblem(split: FundingSplit): string | undefined {
	if (split === null || typeof split !== 'object') {
		return 'funding must be percentages by source, for example { generalFund: 60, hra: 40 }';
	}
	let sum = 0;
	for (const [source, share] of Object.entries(split)) {
		if (!(FUNDING_SOURCES as readonly string[]).includes(source)) {
			return `'${source}' is not a funding source; use ${FUNDING_SOURCES.join(', ')}`;
		}
		if (!isFiniteNumber(share) || share < 0 || share > 100) {
			return `the ${source} share ${String(share)} is not a percentage from 0 to 100`;
		}
		sum += share;
	}
	if (Math.abs(sum - 100) > 1e-6) {
		return `funding shares sum to ${+sum.toFixed(6)}, not 100; make the percentages add up to 100`;
	}
	return undefined;
}

/** Why a start/end pair is unusable. */
export function datesProblem(start: unknown, end: unknown): string | undefined {
	if (start !== undefined && !isIsoDate(start)) {
		return `start '${String(start)}' is not a date; write it as YYYY-MM-DD`;
	}
	if (end !== undefined && !isIsoDate(end)) {
		return `end '${String(end)}' is not a date; write it as YYYY-MM-DD`;
	}
	if (typeof start === 'string' && typeof end === 'string' && start > end) {
		return `the post would start on ${start}, after it ends on ${end}; swap the dates or correct one`;
	}
	return undefined;
}
