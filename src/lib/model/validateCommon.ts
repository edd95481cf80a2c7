/**
 * What every part of the structure checks shares: the path an issue is placed by, the issue, and
 * the value tests (dates, financial years, numbers) more than one record type needs.
 */
import { didYouMean } from './suggest';
import type { Post } from './types';

export type Path = (string | number)[];

/** One problem, placed by a path into the structure. */
export interface Issue {
	at: Path;
	message: string;
	/** A second place the problem involves (the other use of a duplicate id). */
	also?: Path;
}

/** Records one issue; each part of the check is handed the same one, so issues keep their order. */
export type AddIssue = (at: Path, message: string, also?: Path) => void;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** True for a financial year written 2021/22 (the second year follows the first). */
export function isFinancialYear(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = FINANCIAL_YEAR.exec(value);
	return !!m && (+m[1] + 1) % 100 === +m[2];
}

export const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** "there is no post 'x'", with a suggestion; the list of post ids is made only when one is wrong. */
export function unknownPost(posts: ReadonlyMap<string, Post>, id: string): string {
	return `there is no post '${id}'${didYouMean(id, [...posts.keys()])}`;
}
