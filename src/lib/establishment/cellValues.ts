/**
 * The cell values of an HR export as model values: FTE, salary, vacancy and funding. Each returns
 * the value or a message saying what is wrong and what to write instead; none guesses silently.
 */
import type { FundingSource, FundingSplit, PostStatus } from '../model/types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A number as written in an export: '0.5', '0,5' (a semicolon file's decimal comma), '50%'. */
function number(text: string): number | undefined {
	let t = text.replace(/\s/g, '');
	let scale = 1;
	if (t.endsWith('%')) {
		t = t.slice(0, -1);
		scale = 0.01;
	}
	if (/^\d+,\d+$/.test(t)) t = t.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
	return Number(t) * scale;
}

/** FTE: more than 0 and at most 1 (a post is one job); blank is 1, a full-time post. */
export function parseFte(text: string): Parsed<number> {
	if (text === '') return ok(1);
	const n = number(text);
	if (n === undefined)
		return bad('is not a number; give the full-time equivalent, for example 1 or 0.5');
	if (n <= 0)
		return bad(
			'is not more than 0; give the full-time equivalent (0.5 for half time), or take the row out if the post no longer exists'
		);
	if (n > 1) {
		if (n >= 4 && n <= 48)
			return bad(
				`looks like hours a week; give the full-time equivalent instead (${n} hours of 37 is ${Math.round((n / 37) * 100) / 100})`
			);
		return bad(
			'is more than 1; a post is one job, so give at most 1 (a shared post held by several people is one row per post)'
		);
	}
	return ok(n);
}

/** Full-time salary in pounds a year: '£31,234', '31234.00'; blank is none (the grade costs it). */
export function parseSalary(text: string): Parsed<number | undefined> {
	if (text === '') return ok(undefined);
	const t = text.replace(/[£,\s]/g, '').replace(/(p\.?a\.?|perannum)$/i, '');
	const n = /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
	if (n === undefined)
		return bad(
			'is not an amount of money; give the full-time salary in pounds a year, for example 31234'
		);
	if (n < 1000)
		return bad(
			'is under £1,000, which looks like an hourly or monthly rate; give the full-time salary in pounds a year, or leave it blank to cost the post at its grade'
		);
	if (n > 1_000_000)
		return bad('is over £1,000,000 a year; check the value (pounds a year, not pence)');
	return ok(Math.round(n * 100) / 100);
}

const VACANT = new Set(['yes', 'y', 'true', '1', 'vacant', 'vacancy', 'unfilled', 'open', 'v']);
const FILLED = new Set([
	'no',
	'n',
	'false',
	'0',
	'filled',
	'occupied',
	'active',
	'existing',
	'inpost',
	'substantive',
	'permanent',
	'f'
]);
const INTERIM = new Set(['interim', 'acting', 'temporary', 'temp', 'agency', 'secondment']);

/** Vacant, filled or interim; blank is filled. */
export function parseVacancy(text: string): Parsed<PostStatus> {
	const t = text.toLowerCase().replace(/[^a-z0-9]/g, '');
	if (t === '' || FILLED.has(t)) return ok('existing');
	if (VACANT.has(t)) return ok('vacant');
	if (INTERIM.has(t)) return ok('interim');
	return bad(
		'is not a vacancy status; write Vacant (or Yes) for a vacant post, Filled (or No) for a filled one, or Interim'
	);
}

const SOURCES: [RegExp, FundingSource][] = [
	[/^(generalfund|gf|general|corefunded|core|revenue)$/, 'generalFund'],
	[/^(hra|housingrevenueaccount|housing)$/, 'hra'],
	[/^(grant|grants|grantfunded|externalgrant|external)$/, 'grant'],
	[/^(capital|cap|capitalised|capitalized|capitalfunded)$/, 'capital']
];

/**
 * Funding: one source ('General Fund', 'HRA', 'Grant', 'Capital') or shares that add up to 100
 * ('General Fund 60% / HRA 40%'); blank is none (the structure's default funding applies).
 */
export function parseFunding(text: string): Parsed<FundingSplit | undefined> {
	if (text === '') return ok(undefined);
	const parts = text
		.split(/[,;/+&]|\band\b/i)
		.map((p) => p.trim())
		.filter(Boolean);
	const split: FundingSplit = {};
	let sum = 0;
	for (const part of parts) {
		const share = /(\d+(?:\.\d+)?)\s*%?/.exec(part);
		const name = part
			.replace(/(\d+(?:\.\d+)?)\s*%?/, '')
			.toLowerCase()
			.replace(/[^a-z]/g, '');
		const source = SOURCES.find(([re]) => re.test(name))?.[1];
		if (!source)
			return bad(
				'is not a funding source; write General Fund, HRA, Grant or Capital, or shares such as "General Fund 60% / HRA 40%"'
			);
		const value = share ? Number(share[1]) : parts.length === 1 ? 100 : undefined;
		if (value === undefined)
			return bad(
				'names several sources without their shares; write them as "General Fund 60% / HRA 40%"'
			);
		split[source] = (split[source] ?? 0) + value;
		sum += value;
	}
	if (Math.abs(sum - 100) > 0.01)
		return bad(`has shares adding up to ${sum}%, not 100%; correct the shares`);
	return ok(split);
}
