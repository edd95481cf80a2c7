import type { Grade, Post, StatedFigure, Structure } from '../model/types';
import { formatFinancialYear, formatMoney, formatRate } from '../words';
import { costInPence, splitPence } from './cost';
import { fromPence } from './money';
import { isLive } from './orgIndex';

/**
 * How sure the cost change is: each assumption and modelling choice is set to a low and a high
 * value in turn, everything else as modelled, and the revenue change (the figure reconciled to the
 * stated one) is worked out again. The drivers, largest swing first, are the tornado chart's bars;
 * the range sets every driver to the side that lowers (or raises) the figure, all together.
 *
 * The drivers, each from the structures' own data:
 * - grade points: every grade at the bottom, then the top, of its band (Grade.min, Grade.max);
 * - on-cost rates: the employer pension and NI rates at their `low` and `high` (when given);
 * - the pay year: grades whose point comes from an older year (Grade.pointYear) uplifted by the
 *   awards since (assumption `bandPayAwards`, else the pay award a year compounded);
 * - posts that are a reading of the source (`assumed.exists`), created in b: without and with;
 * - which posts go: when some deleted posts are reconstructions, one more or one fewer of the
 *   commonest grade among them deleted.
 * Pure and plain: structures in, numbers and words out.
 */
export interface Driver {
	key: string;
	label: string;
	/** The revenue change at the setting that gives the lower figure, and at the one that gives the higher. */
	low: number;
	high: number;
	lowSetting: string;
	highSetting: string;
}

export interface CostSensitivity {
	/** The revenue change as modelled (General Fund + HRA + grant), pounds with pence. */
	modelled: number;
	/** Every driver at its lowering (raising) side together. */
	range: { low: number; high: number };
	stated: number | null;
	/** Where the stated figure sits against the range. */
	statedPlacement: 'below' | 'within' | 'above' | null;
	/** Largest swing (high − low) first; drivers that move nothing are left out. */
	drivers: Driver[];
}

type Pair = [Structure, Structure];

interface Lever {
	key: string;
	label: string;
	settings: [string, (p: Pair) => Pair][];
}

/**
 * Revenue cost of the live posts in whole pence (capital left out), as costArrays sums it, but in
 * one plain pass: each variant is a new structure object, and building its line index (which
 * costArrays needs) for every variant would be most of the time on a whole council.
 */
function revenuePence(s: Structure): number {
	const byGrade = new Map<string, number>();
	let sum = 0;
	for (const p of s.posts.values()) {
		if (p.status === 'deleted') continue;
		let total: number;
		if (p.salary === undefined && p.fte === 1) {
			total = byGrade.get(p.grade) ?? costInPence(p, s.grades, s.assumptions).total;
			byGrade.set(p.grade, total);
		} else total = costInPence(p, s.grades, s.assumptions).total;
		const split = p.funding ?? s.defaultFunding.split;
		sum += split.capital ? total - splitPence(total, split).capital : total;
	}
	return sum;
}

/** Revenue cost change a → b in whole pence. */
function revenueChangePence([a, b]: Pair): number {
	return revenuePence(b) - revenuePence(a);
}

const both =
	(f: (s: Structure) => Structure) =>
	([a, b]: Pair): Pair => [f(a), f(b)];

function withGrades(s: Structure, point: (g: Grade) => number): Structure {
	const grades: Record<string, Grade> = {};
	for (const id in s.grades) grades[id] = { ...s.grades[id], point: point(s.grades[id]) };
	return { ...s, grades };
}

function withAssumption(s: Structure, key: string, value: number): Structure {
	const a = s.assumptions[key];
	if (!a) return s;
	return { ...s, assumptions: { ...s.assumptions, [key]: { ...a, value } } };
}

function withoutPost(s: Structure, id: string): Structure {
	const posts = new Map(s.posts);
	posts.set(id, { ...s.posts.get(id)!, status: 'deleted' });
	return { ...s, posts };
}

/** The uplift from a grade's point year to the base year. */
function upliftOf(s: Structure, g: Grade): number {
	const base = s.assumptions.baseYear.value;
	if (g.pointYear === undefined || g.pointYear >= base) return 1;
	const together = s.assumptions.bandPayAwards;
	return together
		? 1 + together.value
		: Math.pow(1 + s.assumptions.payAward.value, base - g.pointYear);
}

function levers(a: Structure, b: Structure): Lever[] {
	const out: Lever[] = [
		{
			key: 'grade-points',
			label: 'Grade points: each grade at the bottom or the top of its band',
			settings: [
				['band minimum', both((s) => withGrades(s, (g) => g.min))],
				['band maximum', both((s) => withGrades(s, (g) => g.max))]
			]
		}
	];
	for (const key of ['employerPensionRate', 'employerNiRate'] as const) {
		const x = b.assumptions[key];
		if (x?.low === undefined || x.high === undefined) continue;
		const { low, high } = x;
		out.push({
			key,
			label: `${x.label}: ${formatRate(low)} to ${formatRate(high)} (modelled ${formatRate(x.value)})`,
			settings: [
				[formatRate(low), both((s) => withAssumption(s, key, low))],
				[formatRate(high), both((s) => withAssumption(s, key, high))]
			]
		});
	}
	const older = Object.values(b.grades).filter((g) => upliftOf(b, g) !== 1);
	if (older.length) {
		const years = [...new Set(older.map((g) => g.pointYear))].join(', ');
		out.push({
			key: 'pay-year',
			label: `Pay year: the ${years} bands costed as ${formatFinancialYear(b.assumptions.baseYear.value)} pay, or uplifted by the pay awards since`,
			settings: [
				['as published', (p) => p],
				[
					'uplifted',
					both((s) => withGrades(s, (g) => Math.round(g.point * upliftOf(s, g) * 100) / 100))
				]
			]
		});
	}
	for (const post of b.posts.values()) {
		if (!post.assumed?.exists || !isLive(post) || isLive(a.posts.get(post.id))) continue;
		out.push({
			key: `post:${post.id}`,
			label: `${post.title}: a post of its own, or not (a reading of the source)`,
			settings: [
				['without it', ([x, y]) => [x, withoutPost(y, post.id)]],
				['with it', (p) => p]
			]
		});
	}
	return out;
}

function rebuiltWords(rebuilt: number, deleted: number): string {
	if (rebuilt < deleted) return `${rebuilt} of the ${deleted} deleted posts are reconstructions`;
	return deleted === 1
		? 'the deleted post is a reconstruction'
		: `all ${deleted} deleted posts are reconstructions`;
}

/** One more or one fewer deleted post of the commonest grade among the reconstructed deletions. */
function deletionStep(a: Structure, b: Structure): { step: number; words: string } | undefined {
	// Interim posts stay only for the change: the full-year figure counts them as deleted.
	const deleted = [...a.posts.values()].filter((p) => isLive(p) && !isLive(b.posts.get(p.id)));
	const rebuilt = deleted.filter((p) => p.provenance.kind === 'reconstruction');
	if (rebuilt.length === 0) return undefined;
	const byGrade = new Map<string, Post[]>();
	for (const p of rebuilt) byGrade.set(p.grade, [...(byGrade.get(p.grade) ?? []), p]);
	const [grade, posts] = [...byGrade.entries()].sort((x, y) => y[1].length - x[1].length)[0];
	const c = costInPence(posts[0], a.grades, a.assumptions);
	const revenueShare = 1 - (posts[0].funding?.capital ?? 0) / 100;
	const step = Math.round(c.total * revenueShare);
	return {
		step,
		words: `Which posts go: ${rebuiltWords(rebuilt.length, deleted.length)}; one ${a.grades[grade]?.name ?? grade} more or fewer deleted (${formatMoney(fromPence(step))} a year each)`
	};
}

export function costSensitivity(
	a: Structure,
	b: Structure,
	stated?: StatedFigure
): CostSensitivity {
	const base: Pair = [a, b];
	const modelled = revenueChangePence(base);
	const drivers: (Driver & { lower: number; higher: number })[] = [];
	const all = levers(a, b);
	for (const lever of all) {
		const values = lever.settings.map(([, f]) => revenueChangePence(f(base)));
		const lower = values[0] <= values[1] ? 0 : 1;
		const higher = 1 - lower;
		drivers.push({
			key: lever.key,
			label: lever.label,
			low: fromPence(values[lower]),
			high: fromPence(values[higher]),
			lowSetting: lever.settings[lower][0],
			highSetting: lever.settings[higher][0],
			lower,
			higher
		});
	}
	const deletion = deletionStep(a, b);
	if (deletion)
		drivers.push({
			key: 'deleted-posts',
			label: deletion.words,
			low: fromPence(modelled - deletion.step),
			high: fromPence(modelled + deletion.step),
			lowSetting: 'one more deleted',
			highSetting: 'one fewer deleted',
			lower: 0,
			higher: 0
		});

	// Every lever at its lowering side, then its raising side, applied together in order.
	const together = (side: 'lower' | 'higher') => {
		let pair = base;
		all.forEach((lever, i) => (pair = lever.settings[drivers[i][side]][1](pair)));
		const step = deletion ? (side === 'lower' ? -deletion.step : deletion.step) : 0;
		return fromPence(revenueChangePence(pair) + step);
	};
	const range = { low: together('lower'), high: together('higher') };
	const value = stated?.value ?? null;
	return {
		modelled: fromPence(modelled),
		range,
		stated: value,
		statedPlacement:
			value === null ? null : value < range.low ? 'below' : value > range.high ? 'above' : 'within',
		drivers: drivers
			.filter((d) => d.high !== d.low)
			.sort((x, y) => y.high - y.low - (x.high - x.low))
			.map(({ lower: _l, higher: _h, ...d }) => {
				void _l;
				void _h;
				return d;
			})
	};
}
