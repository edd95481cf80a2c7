import { costAcrossPlan, PLAN_YEARS, type PlanYearCost, type YearRates } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import { formatDecimal, formatMoney, formatMoneyChange, formatRate } from '$lib/words';

/** A rate as a plan table shows it: the figure, the assumption it came from, and whether we chose it. */
export interface PlanRate {
	text: string;
	/** The assumption's own label ("2022/23: employer National Insurance rate"). */
	label: string;
	/** True when the value is the modeller's choice, not a public record or a source. */
	assumed: boolean;
}

export interface PlanRow {
	year: string;
	payAward: PlanRate;
	/** Pay in the year against the base year's grade points (1.0556 after two awards of 2.75%). */
	payFactor: string;
	niRate: PlanRate;
	niThreshold: PlanRate;
	pensionRate: PlanRate;
	/** The structure's cost in the year: its posts and interim posts for the days each is in post. */
	cost: string;
}

function rates(s: Structure, r: YearRates) {
	const rate = (key: keyof YearRates['keys'], text: string): PlanRate => {
		const a = s.assumptions[r.keys[key]];
		return { text, label: a?.label ?? r.keys[key], assumed: a?.provenance.kind === 'assumption' };
	};
	return {
		payAward: rate('payAward', formatRate(r.payAward)),
		payFactor: formatDecimal(r.payFactor, 4),
		niRate: rate('employerNiRate', formatRate(r.employerNiRate)),
		niThreshold: rate('employerNiThreshold', formatMoney(r.employerNiThreshold)),
		pensionRate: rate('employerPensionRate', formatRate(r.employerPensionRate))
	};
}

/**
 * One structure's cost in each year of the plan (2021/22 to 2025/26), with the rates each year is
 * costed at. It is the later side of costAcrossPlan with the structure against itself: its posts
 * and interim posts phased by their dates, at each year's pay award and on-cost rates.
 */
export function toPlanRows(s: Structure, years: readonly string[] = PLAN_YEARS): PlanRow[] {
	return costAcrossPlan(s, s, years).map((y) => ({
		year: y.year,
		...rates(s, y.rates),
		cost: formatMoney(y.after)
	}));
}

/** One year of the change from a to b across the plan, as the compare page lists it. */
export interface PlanChangeRow {
	year: string;
	before: string;
	after: string;
	outgoing: string;
	change: string;
	revenueChange: string;
}

/** The change from a to b in each year of the plan (costAcrossPlan), in words. */
export function toPlanChangeRows(
	a: Structure,
	b: Structure,
	years: readonly string[] = PLAN_YEARS
): PlanChangeRow[] {
	return costAcrossPlan(a, b, years).map((y: PlanYearCost) => ({
		year: y.year,
		before: formatMoney(y.before),
		after: formatMoney(y.after),
		outgoing: formatMoney(y.outgoing),
		change: formatMoneyChange(y.change),
		revenueChange: formatMoneyChange(y.revenueChange)
	}));
}
